#!/usr/bin/env bash
# Precision/recall of DocPipe's entities and spaCy en_core_web_sm's against the hand-checked gold
# standard scripts/eval-data/entities-gold.jsonl (30 held-out news articles read from EVAL_DIR,
# default ../shared/eval; see scripts/eval-data/README.md).
# Usage: bash scripts/eval_entities_gold.sh   (OUTPUT=dir for results, default out/eval-entities-gold;
#        DOCPIPE_BIN=path of a built docpipe to skip the build; RUNS=n timing runs; VENV=path of a
#        ready virtualenv; EVAL_DIR=folder of the evaluation sets)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=${OUTPUT:-$root/out/eval-entities-gold}
if [ -z "${DOCPIPE_BIN:-}" ]; then
  swift build -c release --product docpipe >&2
  DOCPIPE_BIN=$root/.build/release/docpipe
fi
PY=$(bash scripts/venv.sh)
"$PY" scripts/eval_entities_gold.py --docpipe "$DOCPIPE_BIN" --output "$out" --runs "${RUNS:-3}" \
  ${EVAL_DIR:+--eval-dir "$EVAL_DIR"}
