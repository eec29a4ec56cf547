#!/usr/bin/env bash
# Many-story corpus check: scripts/gen_batch.py --stories generates COUNTS documents (default
# "1000 10000") of many stories with syndicated copies; each runs through the full pipeline
# (clean, segment, dedup, extract, stories, summarize, export jsonl/csv/sqlite; release, 2 jobs,
# no cache). Prints wall time, duplicates found against the generator's copies, story B-cubed
# against its stories and the rows of csv/stories.csv. Timings on a shared machine are noisy.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
[ "${SKIP_BUILD:-0}" = 1 ] || swift build -c release --product docpipe >&2
bin=$root/.build/release/docpipe
work=${WORK:-$(mktemp -d)}
for count in ${COUNTS:-1000 10000}; do
  rm -rf "$work/$count"
  mkdir -p "$work/$count"
  python3 scripts/gen_batch.py --stories "$work/$count/in" "$count" 7 >&2
  cat > "$work/$count/stories.yaml" <<YAML
name: stories-batch
input: in
output: out
stages:
  - clean
  - segment
  - dedup
  - extract
  - stories
  - summarize
  - export:
      formats: [jsonl, csv, sqlite]
YAML
  start=$(date +%s.%N)
  "$bin" run "$work/$count/stories.yaml" --jobs 2 --quiet --no-cache
  end=$(date +%s.%N)
  echo "== $count documents: $(echo "$end - $start" | bc) s wall (corpus steps: $(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(', '.join(f\"{s['stage']} {s['finish_seconds']:.1f} s\" for s in r['stages']))" "$work/$count/out/run.json"))"
  python3 scripts/eval_stories.py score-batch "$work/$count/out" "$work/$count/truth.jsonl"
done
