#!/usr/bin/env bash
# Exact-span typed F1 (PER/ORG/LOC) of DocPipe and spaCy en_core_web_sm on CoNLL-2003 English.
# Usage: bash scripts/eval_conll.sh [dev|train]   (default dev; the test split is never read)
#   CONLL_DIR=folder holding valid.txt and train.txt (default ../conll2003; see docs/benchmarks.md)
#   OUTPUT=dir for results (default out/eval-conll-SPLIT); DOCPIPE_BIN=path of a built docpipe to
#   skip the build; VENV=path of a ready virtualenv; NO_SPACY=1 to score DocPipe alone.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
split=${1:-dev}
if [ -z "${DOCPIPE_BIN:-}" ]; then
  swift build -c release --product docpipe >&2
  DOCPIPE_BIN=$root/.build/release/docpipe
fi
PY=$(bash scripts/venv.sh)
"$PY" scripts/eval_conll.py --split "$split" --docpipe "$DOCPIPE_BIN" \
  --output "${OUTPUT:-$root/out/eval-conll-$split}" ${CONLL_DIR:+--conll-dir "$CONLL_DIR"} \
  ${NO_SPACY:+--no-spacy}
