#!/usr/bin/env bash
# Precision/recall of DocPipe's quotes and speakers, and of a nearest-name baseline, against the
# hand-annotated dev set scripts/eval-data/quotes-dev.jsonl (40 news articles read from EVAL_DIR,
# default ../shared/eval; see scripts/eval-data/README.md).
# Usage: bash scripts/eval_quotes.sh   (OUTPUT=dir for results, default out/eval-quotes;
#        DOCPIPE_BIN=path of a built docpipe to skip the build; VENV=path of a ready virtualenv;
#        EVAL_DIR=folder of the evaluation sets)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ -z "${DOCPIPE_BIN:-}" ]; then
  swift build -c release --product docpipe >&2
  DOCPIPE_BIN=$root/.build/release/docpipe
fi
PY=$(bash scripts/venv.sh)
"$PY" scripts/eval_quotes.py --docpipe "$DOCPIPE_BIN" --output "${OUTPUT:-$root/out/eval-quotes}" \
  ${EVAL_DIR:+--eval-dir "$EVAL_DIR"}
