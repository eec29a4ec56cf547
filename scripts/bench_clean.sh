#!/usr/bin/env bash
# Throughput of the clean stage: the sample corpus replicated to about SIZE_MB megabytes in FILES
# files (in a temporary folder), run through a pipeline with only `clean`, one job, release build.
# Prints MB/s from the clean stage's process_seconds (wall time) in OUTPUT/run.json, and, when
# /usr/bin/time is available, MB/s from the whole run's CPU time and the peak RSS.
#   bash scripts/bench_clean.sh            # 10 MB in 4 files
#   SIZE_MB=50 FILES=1 bash scripts/bench_clean.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
size_mb=${SIZE_MB:-10}
files=${FILES:-4}
PY=$(bash "$root/scripts/venv.sh")
(cd "$root" && swift build -c release --product docpipe >&2)
bin="$root/.build/release/docpipe"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/input"
"$PY" - "$root/corpus/kazakhstan-2022" "$work/input" "$size_mb" "$files" <<'PYEOF'
import os, sys
corpus, out, size_mb, files = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
articles = [open(os.path.join(corpus, n), encoding="utf-8").read() for n in sorted(os.listdir(corpus)) if n.endswith(".txt")]
target = int(size_mb * 1_000_000 / files)
for index in range(files):
    parts, size = [], 0
    while size < target:
        for article in articles:
            parts.append(article)
            size += len(article.encode("utf-8")) + 2
    with open(os.path.join(out, f"bench-{index:02d}.txt"), "w", encoding="utf-8") as handle:
        handle.write("\n\n".join(parts))
PYEOF
bytes=$(cat "$work"/input/*.txt | wc -c)
run=("$bin" run "$root/scripts/bench/clean.yaml" --input "$work/input" --output "$work/out" --jobs 1 --quiet)
rss_kb=""
cpu=""
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v "${run[@]}" 2> "$work/time.txt" >/dev/null || { cat "$work/time.txt" >&2; exit 1; }
  rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
  user=$(sed -n 's/.*User time (seconds): //p' "$work/time.txt")
  sys=$(sed -n 's/.*System time (seconds): //p' "$work/time.txt")
  cpu="$user+$sys"
else
  "${run[@]}" >/dev/null
fi
"$PY" - "$work/out/run.json" "$bytes" "$files" "$rss_kb" "$cpu" <<'PYEOF'
import json, os, sys
report = json.load(open(sys.argv[1]))
size, files, rss, cpu = int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
stage = next(s for s in report["stages"] if s["stage"] == "clean")
seconds = stage["process_seconds"]
print(f"clean: {size / 1e6:.1f} MB in {files} file(s), {stage['documents']} document(s), one job")
print(f"clean process_seconds: {seconds:.3f} s -> {size / 1e6 / seconds:.1f} MB/s")
print(f"run wall_seconds: {report['wall_seconds']:.3f} s")
if cpu:
    seconds = sum(float(part) for part in cpu.split("+"))
    print(f"whole run CPU time (user+sys, reading and writing included): {seconds:.3f} s -> {size / 1e6 / seconds:.1f} MB/s (a lower bound for clean, not inflated by other load)")
if rss:
    print(f"peak RSS: {int(rss) / 1024:.0f} MB")
print(f"load average when measured: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
PYEOF
