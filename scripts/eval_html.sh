#!/usr/bin/env bash
# Scores HTML main-text extraction on ../shared/eval/extraction_dev.jsonl (91 pages of the
# article-extraction benchmark) with the benchmark's own method; see docs/stages/html.md.
# Extra arguments go to scripts/eval_html.py (e.g. --worst 10).
# HTML_PREDICTIONS=FILE scores an existing {"id","text","seconds"} JSONL instead of running the
# Swift harness (for instance one written through docpipe once the clean stage reads HTML).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export EVAL_DIR=${EVAL_DIR:-$root/../shared/eval}
if [ ! -f "$EVAL_DIR/extraction_dev.jsonl" ]; then
  echo "eval_html: skipped, $EVAL_DIR/extraction_dev.jsonl not found (set EVAL_DIR)"
  exit 0
fi
PY=$(bash "$root/scripts/venv.sh")
predictions=${HTML_PREDICTIONS:-}
if [ -z "$predictions" ]; then
  mkdir -p "$root/out/eval"
  predictions="$root/out/eval/html-predictions.jsonl"
  rm -f "$predictions"
  (cd "$root" && HTML_EVAL_OUT="$predictions" swift test -c release -Xswiftc -enable-testing \
     --filter 'HTMLExtractionTests.BenchmarkHarness' >&2)
  [ -s "$predictions" ] || { echo "eval_html: the harness wrote no predictions" >&2; exit 1; }
fi
"$PY" "$root/scripts/eval_html.py" "$predictions" "$@"
