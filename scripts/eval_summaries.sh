#!/usr/bin/env bash
# Evaluates the summarize stage on the BBC News Summary and CNN/DailyMail samples in
# ${EVAL_DIR:-<repo>/../shared/eval}: builds docpipe (release), feeds each set as JSON Lines on stdin
# through scripts/eval/summarize.yaml (segment -> summarize -> export) and scores the summaries with
# rouge-score on a fixed dev / held-out split (sha256 of the id, see eval_summaries.py) beside Lead-k,
# sumy TextRank and sumy LexRank computed on the same articles. Prints Markdown tables.
#   PRESEGMENT=1  gives the articles pySBD sentences (a `sentences` layer in the input) and runs
#                 scripts/eval/summarize-presegmented.yaml instead, so only the summarizer is measured.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export EVAL_DIR=${EVAL_DIR:-$root/../shared/eval}
if [ ! -f "$EVAL_DIR/summ_bbc.jsonl" ]; then
  echo "eval_summaries: no evaluation data at $EVAL_DIR (set EVAL_DIR); skipped" >&2
  exit 0
fi
PY=$(bash scripts/venv.sh)
swift build -c release --product docpipe >&2
bin=$root/.build/release/docpipe
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
extra=()
pipeline=scripts/eval/summarize.yaml
if [ "${PRESEGMENT:-0}" = 1 ]; then
  extra=(--presegment)
  pipeline=scripts/eval/summarize-presegmented.yaml
fi
# The second style runs from a copy of the pipeline with `style: lead` added to the summarize stage.
sed 's/^\(      sentences: 3\)$/\1\n      style: lead/' "$pipeline" > "$tmp/lead.yaml"
for run in "bbc 3" "bbc ref" "cnndm 3"; do
  set -- $run
  "$PY" scripts/eval_summaries.py prepare "$1" --length "$2" "${extra[@]}" --out "$tmp/in.jsonl"
  "$bin" run "$pipeline" --input - --output "$tmp/out-$1-$2" --quiet < "$tmp/in.jsonl"
  "$PY" scripts/eval_summaries.py score "$1" "$tmp/out-$1-$2/documents.jsonl" --length "$2" \
    --label "DocPipe (default)" --split --run-report "$tmp/out-$1-$2/run.json" --timing-file "$tmp/timing.txt"
  "$bin" run "$tmp/lead.yaml" --input - --output "$tmp/lead-$1-$2" --quiet < "$tmp/in.jsonl"
  "$PY" scripts/eval_summaries.py score "$1" "$tmp/lead-$1-$2/documents.jsonl" --length "$2" \
    --label "DocPipe (style: lead)" --rows-only --split --run-report "$tmp/lead-$1-$2/run.json" --timing-file "$tmp/timing.txt"
  echo
done
echo "Speed (release build, $(nproc) cores; process_seconds from run.json / documents):"
sed 's/^/- /' "$tmp/timing.txt"
echo "Peer speed on this machine (sumy 0.13.0 LexRank, single process):"
"$PY" scripts/eval_summaries.py sumy-speed bbc
"$PY" scripts/eval_summaries.py sumy-speed cnndm
