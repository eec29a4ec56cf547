#!/usr/bin/env bash
# Near-duplicate detection: precision and recall of the dedup stage on pairs with word-5-gram
# Jaccard >= 0.8, on a corpus generated from the public texts in ${EVAL_DIR:-<repo>/../shared/eval}
# (each text once, plus edited copies at random edit rates; scripts/eval_dedup.py). Prints a
# Markdown table row per seed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export EVAL_DIR=${EVAL_DIR:-$root/../shared/eval}
if [ ! -f "$EVAL_DIR/summ_bbc.jsonl" ]; then
  echo "eval_dedup: no evaluation data at $EVAL_DIR (set EVAL_DIR); skipped" >&2
  exit 0
fi
[ "${SKIP_BUILD:-0}" = 1 ] || swift build -c release --product docpipe >&2
bin=$root/.build/release/docpipe
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "| run | documents | true pairs (J >= 0.8) | predicted pairs | precision | recall | same-group recall |"
echo "|---|---|---|---|---|---|---|"
for seed in 20 21 22; do
  python3 scripts/eval_dedup.py generate "$tmp/in.jsonl" "$tmp/truth.json" --copies 1000 --seed "$seed"
  "$bin" run scripts/eval/dedup.yaml --input - --output "$tmp/out-$seed" --quiet < "$tmp/in.jsonl"
  python3 scripts/eval_dedup.py score "$tmp/out-$seed/documents.jsonl" "$tmp/truth.json" --label "seed $seed"
done
