#!/usr/bin/env bash
# Batch benchmark: COUNT (default 10,000) generated documents — tiny to several MB, some invalid
# UTF-8, some empty — through clean → segment → extract → summarize → export (jsonl, csv, sqlite),
# release build, all cores. Prints throughput, peak RSS and the accounting (every document is
# processed or reported), then re-runs to show the cache. SHARDS=4 also runs the batch as 4 shards
# and merges them.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${COUNT:-10000}
work=${WORK:-$(mktemp -d)}
swift build -c release --product docpipe >&2
bin=.build/release/docpipe
python3 scripts/gen_batch.py "$work/in" "$count" 7
cat > "$work/batch.yaml" <<YAML
name: batch
input: in
output: out
reference_date: 2022-01-11
stages:
  - clean
  - segment
  - extract
  - summarize
  - export:
      formats: [jsonl, csv, sqlite]
YAML
bytes=$(du -sb "$work/in" | cut -f1)
measure() {
  local label=$1; shift
  local start end status
  start=$(date +%s.%N)
  set +e
  /usr/bin/time -v "$@" 2> "$work/time.txt"
  status=$?
  set -e
  end=$(date +%s.%N)
  rss=$(grep "Maximum resident" "$work/time.txt" | awk '{print $NF}')
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$work/time.txt")
  python3 - "$label" "$start" "$end" "$bytes" "$rss" "$status" "${REPORT:-$work/out/run.json}" "$cpu" <<'PY'
import json, sys
label, start, end, size, rss, status, report, cpu = sys.argv[1:]
seconds = float(end) - float(start)
r = json.load(open(report))
read, ok, failed, cached = r["documents_read"], r["documents_processed"], r["documents_failed"], r.get("documents_cached", 0)
print(f"{label}: {read} documents ({int(size)/1e6:.1f} MB) in {seconds:.1f} s = {read/seconds:.0f} docs/s, "
      f"{int(size)/1e6/seconds:.2f} MB/s; CPU {cpu} s; peak RSS {int(rss)/1024:.0f} MB; processed {ok}, failed {failed}, "
      f"entirely cached {cached}; up to date {r.get('up_to_date', False)}; exit {status}")
print(f"  accounted for: {ok + failed == read}; per stage: " +
      ", ".join(f"{s['stage']} {s['process_seconds']:.1f}s+{s['finish_seconds']:.1f}s" for s in r["stages"]))
PY
}
measure "first run" "$bin" run "$work/batch.yaml" --quiet
cache_bytes=$(du -sb "$work/out/.docpipe/cache" | cut -f1)
jsonl_bytes=$(du -sb "$work/out/documents.jsonl" | cut -f1)
echo "  cache: $((cache_bytes / 1000000)) MB = $(python3 -c "print(f'{$cache_bytes/$bytes:.1f}')")x the input; documents.jsonl $((jsonl_bytes / 1000000)) MB = $(python3 -c "print(f'{$jsonl_bytes/$bytes:.1f}')")x"
measure "second run (nothing changed: outputs up to date)" "$bin" run "$work/batch.yaml" --quiet
measure "second run again with --force (corpus steps and exports from the cache)" "$bin" run "$work/batch.yaml" --quiet --force
if [ "${SHARDS:-0}" -gt 0 ]; then
  # The same documents in SHARDS shards, one after another (each with a fresh cache), then the merge.
  for ((i = 0; i < SHARDS; i++)); do
    REPORT="$work/sharded/shards/$i-of-$SHARDS/run.json" measure "shard $i/$SHARDS" \
      "$bin" run "$work/batch.yaml" --quiet --output "$work/sharded" --cache "$work/sharded-cache-$i" --shard "$i/$SHARDS"
  done
  REPORT="$work/sharded/run.json" measure "merge of $SHARDS shards" "$bin" merge "$work/batch.yaml" --output "$work/sharded"
  cmp "$work/out/documents.jsonl" "$work/sharded/documents.jsonl" && cmp "$work/out/corpus.json" "$work/sharded/corpus.json" \
    && echo "  sharded documents.jsonl and corpus.json are byte-identical to the single run's"
fi
# 1% of the documents changed: one sentence appended to every 100th file.
python3 - "$work/in" <<'PY'
import os, sys
folder = sys.argv[1]
names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
for name in names[::100]:
    with open(os.path.join(folder, name), "a", encoding="utf-8", errors="surrogateescape") as f:
        f.write("\nA sentence added for the re-run benchmark.\n")
PY
measure "third run (1% of documents changed)" "$bin" run "$work/batch.yaml" --quiet
measure "no cache, 1 job" "$bin" run "$work/batch.yaml" --quiet --no-cache --jobs 1
measure "no cache, 2 jobs" "$bin" run "$work/batch.yaml" --quiet --no-cache --jobs 2
echo "work folder: $work"
