#!/usr/bin/env bash
# One long line of prose: single-line documents of SIZES_MB megabytes (default "8 32"), made of the
# sample corpus's sentences with every line break replaced by a space, repeated, run one at a time
# through the sample pipeline's stages (clean → segment → extract → summarize → export with every
# format), release build, one job, no cache. Prints wall time, peak RSS (/usr/bin/time -v) and the
# ratio of peak RSS to the document's size, and each stage's seconds from OUTPUT/run.json.
#   bash scripts/bench_long_line.sh                     # 8 and 32 MB
#   SIZES_MB="1 2 4 8" bash scripts/bench_long_line.sh
#   STAGES="clean segment" SIZES_MB=8 bash scripts/bench_long_line.sh   # a prefix of the pipeline
#   DOCPIPE_BIN=/path/to/other/docpipe bash scripts/bench_long_line.sh  # another build (no build step)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sizes=${SIZES_MB:-8 32}
stages=${STAGES:-clean segment extract summarize export}
if [ -n "${DOCPIPE_BIN:-}" ]; then
  bin=$DOCPIPE_BIN
else
  (cd "$root" && swift build -c release --product docpipe >&2)
  bin="$root/.build/release/docpipe"
fi
command -v /usr/bin/time >/dev/null || { echo "bench_long_line: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
work=${WORK:-$(mktemp -d)}
[ -n "${WORK:-}" ] || trap 'rm -rf "$work"' EXIT
{
  echo "name: long-line"
  echo "on_error: skip"
  echo "reference_date: 2022-01-11"
  echo "limits:"
  echo "  max_document_bytes: 134217728"
  echo "stages:"
  for stage in $stages; do
    case $stage in
      summarize) printf '  - summarize:\n      sentences: 3\n' ;;
      export) printf '  - export:\n      formats: [jsonl, csv, sqlite, markdown, html]\n' ;;
      *) echo "  - $stage" ;;
    esac
  done
} > "$work/pipeline.yaml"
echo "stages: $stages; load average $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores"
for size in $sizes; do
  rm -rf "$work/in" "$work/out"
  mkdir -p "$work/in"
  python3 - "$root/corpus/kazakhstan-2022" "$work/in/long.txt" "$size" <<'PYEOF'
import os, re, sys
corpus, out, size_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
texts = [open(os.path.join(corpus, n), encoding="utf-8").read() for n in sorted(os.listdir(corpus)) if n.endswith(".txt")]
prose = " ".join(re.sub(r"\s+", " ", text).strip() for text in texts).encode("utf-8")
target = int(size_mb * 1_000_000)
data = (prose + b" ") * (target // (len(prose) + 1) + 1)
data = data[:target].decode("utf-8", "ignore").rstrip()
open(out, "w", encoding="utf-8").write(data)
PYEOF
  bytes=$(wc -c < "$work/in/long.txt")
  set +e
  /usr/bin/time -v "$bin" run "$work/pipeline.yaml" --input "$work/in" --output "$work/out" --jobs 1 --no-cache --quiet 2> "$work/time.txt" >/dev/null
  status=$?
  set -e
  python3 - "$work/time.txt" "$work/out/run.json" "$bytes" "$status" <<'PYEOF'
import json, os, re, sys
timing, report, size, status = open(sys.argv[1]).read(), sys.argv[2], int(sys.argv[3]), sys.argv[4]
def field(name):
    match = re.search(re.escape(name) + r": (.*)", timing)
    return match.group(1).strip() if match else "?"
rss_kb = int(field("Maximum resident set size (kbytes)"))
wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
parts = [float(p) for p in wall.split(":")]
seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
print(f"{size / 1e6:.1f} MB line: exit {status}, wall {seconds:.1f} s, user {field('User time (seconds)')} s, "
      f"peak RSS {rss_kb / 1024:.0f} MB = {rss_kb * 1024 / size:.1f}x the document")
if os.path.exists(report):
    r = json.load(open(report))
    print("  per stage (process CPU + finish s): " + ", ".join(
        f"{s['stage']} {s['process_cpu_seconds']:.1f}+{s['finish_seconds']:.1f}" for s in r["stages"]))
PYEOF
done
