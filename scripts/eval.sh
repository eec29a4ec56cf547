#!/usr/bin/env bash
# `make eval`: every accuracy evaluation against the public sets in ${EVAL_DIR:-../shared/eval}.
# Each script prints its table; the figures are copied into docs/ (see docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
export EVAL_DIR=${EVAL_DIR:-$(cd .. && pwd)/shared/eval}
run() { echo "== $*"; "$@" || echo "!! $1 failed (exit $?)"; }
run swift test --filter GoldenRulesTests
for script in eval_entities.sh eval_entities_gold.sh eval_conll.sh eval_quotes.sh eval_dates.sh eval_summaries.sh eval_corpus_summary.sh eval_html.sh eval_dedup.sh eval_stories.sh eval_formats.sh; do
  [ -f "scripts/$script" ] && run bash "scripts/$script"
done
[ -f scripts/eval-data/quotes-dev2.jsonl ] && SET=dev2 run bash scripts/eval_quotes.sh
[ -f scripts/eval-data/quotes-dev3.jsonl ] && SET=dev3 run bash scripts/eval_quotes.sh
[ -f scripts/eval-data/quotes-dev4.jsonl ] && SET=dev4 run bash scripts/eval_quotes.sh
[ -f scripts/eval-data/quotes-dev5.jsonl ] && SET=dev5 run bash scripts/eval_quotes.sh
[ -f scripts/eval-data/quotes-dev6.jsonl ] && SET=dev6 run bash scripts/eval_quotes.sh
[ -f scripts/eval-data/quotes-check.jsonl ] && SET=check run bash scripts/eval_quotes.sh
[ -f scripts/eval-data/quotes-check2.jsonl ] && SET=check2 run bash scripts/eval_quotes.sh
