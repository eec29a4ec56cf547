#!/usr/bin/env bash
# What a user waits for: a segment-only pipeline (segment, export jsonl) as a whole process,
# against spaCy's blank model with its sentencizer over the same files, each timed with
# /usr/bin/time -v (RUNS=3, median printed). COUNT generated documents (default 1,000, about
# 12 MB; scripts/gen_batch.py), JOBS for DocPipe (default 2).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
count=${COUNT:-1000}
runs=${RUNS:-3}
work=${WORK:-$(mktemp -d)}
swift build -c release --product docpipe >&2
python=$(bash scripts/venv.sh)
python3 scripts/gen_batch.py "$work/in" "$count" 7 >&2
printf 'name: segment-only\nstages:\n  - segment\n  - export:\n      formats: [jsonl]\n' > "$work/seg.yaml"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_it() {
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e" "$@" 2>&1 >/dev/null | tail -1
  done | median
}
docpipe=$(time_it .build/release/docpipe run "$work/seg.yaml" --input "$work/in" --output "$work/out" --no-cache --quiet --jobs "${JOBS:-2}")
spacy=$(time_it "$python" scripts/bench_segment_e2e.py "$work/in" "$work/spacy.txt")
echo "segment-only, $count documents ($(du -sb "$work/in" | cut -f1) bytes), median of $runs whole-process runs:"
echo "  DocPipe (segment + export jsonl, --jobs ${JOBS:-2}): ${docpipe} s"
echo "  spaCy blank('en') + sentencizer: ${spacy} s"
python3 -c "print(f'  spaCy / DocPipe: {float($spacy) / float($docpipe):.2f}x')"
