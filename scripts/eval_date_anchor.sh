#!/usr/bin/env bash
# Anchor years on undated news (scripts/eval_date_anchor.py): with the reference date 2022-09-15
# as the only anchor, do the dates an article writes without a year ("Monday", "this week",
# "March 16") land in the article's own writing years? Sets: Straits Times / CNA news of
# September 2022 (the reference date is right for them) and BBC news of 2004-2005 (it is 17
# years off). Prints a Markdown table row per set.
# Env: EVAL_DIR (default ../shared/eval), DOCPIPE_BIN (skips the build).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export EVAL_DIR=${EVAL_DIR:-$root/../shared/eval}
if [ ! -f "$EVAL_DIR/stories_dev.jsonl" ] || [ ! -f "$EVAL_DIR/summ_bbc.jsonl" ]; then
  echo "eval_date_anchor: no evaluation data at $EVAL_DIR (set EVAL_DIR); skipped" >&2
  exit 0
fi
bin=${DOCPIPE_BIN:-}
if [ -z "$bin" ]; then
  swift build -c release --product docpipe >&2
  bin=$root/.build/release/docpipe
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "| set | documents with year-less dates | documents all right | year-less dates | right |"
echo "|---|---|---|---|---|"
for set in stories bbc; do
  python3 scripts/eval_date_anchor.py write "$tmp/$set" "$set"
  "$bin" run scripts/eval/date-anchor.yaml --input "$tmp/$set/in" --output "$tmp/$set/out" --quiet --no-cache
  python3 scripts/eval_date_anchor.py score "$tmp/$set/out/documents.jsonl" "$set"
done
