#!/usr/bin/env bash
# Language identification accuracy of DocPipe's `language` stage (CLD2) beside langid.py and Lingua,
# short (one sentence) and long (five sentences) texts, per language and overall, on Lingua's public
# test sentences (see scripts/eval-data/README.md, "Language identification").
# Usage: bash scripts/eval_language.sh
#   LINGUA_DATA=clone or bare mirror of github.com/pemistahl/lingua (default: the search tool's
#     mirror /work/.mirror/pemistahl+lingua/repo; `git clone https://github.com/pemistahl/lingua` works too)
#   OUTPUT=folder for results (default out/eval-language); DOCPIPE_BIN=a built docpipe to skip the build;
#   VENV=virtualenv for the peers (default .venv-lang, created from scripts/requirements-language.txt)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ -z "${DOCPIPE_BIN:-}" ]; then
  swift build -c release --product docpipe >&2
  DOCPIPE_BIN=$root/.build/release/docpipe
fi
venv=${VENV:-$root/.venv-lang}
stamp="$venv/.requirements.sha"
want=$(sha256sum scripts/requirements-language.txt | cut -d' ' -f1)
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install -q --disable-pip-version-check -r scripts/requirements-language.txt >&2
  echo "$want" > "$stamp"
fi
"$venv/bin/python" scripts/eval_language.py --docpipe "$DOCPIPE_BIN" \
  --data "${LINGUA_DATA:-/work/.mirror/pemistahl+lingua/repo}" --output "${OUTPUT:-$root/out/eval-language}"
