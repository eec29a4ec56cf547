#!/usr/bin/env bash
# What a user waits for: a segment-only pipeline (segment, export jsonl) as a whole process,
# against spaCy's blank model with its sentencizer over the same files, each timed with
# /usr/bin/time -v (RUNS=3, median printed). COUNT generated documents (default 1,000, about
# 12 MB; scripts/gen_batch.py), JOBS for DocPipe (default 2). DocPipe runs twice: documents.jsonl
# with span lists as objects (the default) and as parallel arrays (`span_layout: arrays`). Wall
# and CPU (user + system) seconds are both printed; on a shared machine read the CPU figures.
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
printf 'name: segment-only\nstages:\n  - segment\n  - export:\n      formats: [jsonl]\n      span_layout: arrays\n' > "$work/seg-arrays.yaml"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Prints "WALL CPU": the medians of RUNS runs.
time_it() {
  local times=()
  for _ in $(seq "$runs"); do
    times+=("$(/usr/bin/time -f "%e %U %S" "$@" 2>&1 >/dev/null | tail -1)")
  done
  wall=$(printf '%s\n' "${times[@]}" | awk '{print $1}' | median)
  cpu=$(printf '%s\n' "${times[@]}" | awk '{print $2 + $3}' | median)
  echo "$wall $cpu"
}
read -r docpipe docpipe_cpu < <(time_it .build/release/docpipe run "$work/seg.yaml" --input "$work/in" --output "$work/out" --no-cache --quiet --jobs "${JOBS:-2}")
read -r arrays arrays_cpu < <(time_it .build/release/docpipe run "$work/seg-arrays.yaml" --input "$work/in" --output "$work/out-arrays" --no-cache --quiet --jobs "${JOBS:-2}")
read -r spacy spacy_cpu < <(time_it "$python" scripts/bench_segment_e2e.py "$work/in" "$work/spacy.txt")
echo "segment-only, $count documents ($(du -sb "$work/in" | cut -f1) bytes), median of $runs whole-process runs (wall s / CPU s):"
echo "  DocPipe (segment + export jsonl, --jobs ${JOBS:-2}): ${docpipe} / ${docpipe_cpu}"
echo "  DocPipe, span_layout: arrays: ${arrays} / ${arrays_cpu}"
echo "  spaCy blank('en') + sentencizer: ${spacy} / ${spacy_cpu}"
python3 -c "print(f'  spaCy / DocPipe: wall {float($spacy) / float($docpipe):.2f}x, CPU {float($spacy_cpu) / float($docpipe_cpu):.2f}x; arrays: wall {float($spacy) / float($arrays):.2f}x, CPU {float($spacy_cpu) / float($arrays_cpu):.2f}x')"
