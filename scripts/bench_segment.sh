#!/usr/bin/env bash
# Sentence segmentation speed: DocPipe's `segment` stage against pySBD on the same text, one core.
#
# Replicates the sample corpus (raw text files) into BENCH_MB megabytes (default 10) of
# documents, each a copy of the whole corpus (about 39 KB), runs `docpipe run` with a
# pipeline of only `segment` and --jobs 1 (with tokens, then without), reads the stage's
# process_seconds from OUTPUT/run.json (best of RUNS=3), then times pySBD 0.3.4 (clean=False) on the same files.
# Prints MB/s (1 MB = 10^6 UTF-8 bytes) and the ratio. PYSBD=0 skips pySBD; MEMORY=1 adds the
# peak RSS of runs on one large document.
#
# Usage: bash scripts/bench_segment.sh            # 10 MB (pySBD takes about a minute)
#        BENCH_MB=2 bash scripts/bench_segment.sh  # smaller
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
megabytes=${BENCH_MB:-10}
work="$root/.build/bench-segment"
input="$work/input"

swift build -c release --product docpipe >&2
docpipe="$root/.build/release/docpipe"

rm -rf "$work"
mkdir -p "$input"
corpus="$work/corpus.txt"
for file in corpus/kazakhstan-2022/*.txt; do cat "$file"; printf '\n\n'; done > "$corpus"
copy_bytes=$(wc -c < "$corpus")
copies=$(( (megabytes * 1000000 + copy_bytes - 1) / copy_bytes ))
for i in $(seq -w 1 "$copies"); do cp "$corpus" "$input/copy_$i.txt"; done
rm "$corpus"
total_bytes=$(cat "$input"/*.txt | wc -c)

# The best of RUNS (default 3) runs: the machine may be shared, and the best run is the one
# least disturbed by other processes.
seconds_of() {
  local best=""
  for _ in $(seq 1 "${RUNS:-3}"); do
    "$docpipe" run "$1" --input "$input" --output "$2" --jobs 1 --quiet
    best=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); t=next(s["process_seconds"] for s in r["stages"] if s["stage"]=="segment"); print(min(t, float(sys.argv[2])) if sys.argv[2] else t)' "$2/run.json" "$best")
  done
  echo "$best"
}
with_tokens=$(seconds_of scripts/bench/segment.yaml "$work/out")
sentences_only=$(seconds_of scripts/bench/segment-sentences.yaml "$work/out-sentences")

pysbd_seconds=""
if [ "${PYSBD:-1}" != 0 ]; then
  PY=$(bash scripts/venv.sh)
  pysbd_seconds=$("$PY" scripts/bench_segment.py "$input")
fi

# MEMORY=1: peak RSS of whole runs on one large document (64 and 256 corpus copies), both pipelines.
if [ "${MEMORY:-0}" = 1 ]; then
  for copies_in_one in 64 256; do
    big="$work/big-$copies_in_one"
    mkdir -p "$big"
    for _ in $(seq 1 "$copies_in_one"); do cat "$input/$(ls "$input" | head -1)"; done > "$big/big.txt"
    size=$(wc -c < "$big/big.txt")
    for pipeline in segment-sentences segment; do
      rss=$( { /usr/bin/time -f %M "$docpipe" run "scripts/bench/$pipeline.yaml" --input "$big" --output "$big/out-$pipeline" --jobs 1 --quiet; } 2>&1 | tail -1)
      echo "memory: one document of $size bytes, $pipeline: peak RSS ${rss} KB"
    done
  done
fi

python3 - "$total_bytes" "$copies" "$with_tokens" "$sentences_only" "$pysbd_seconds" <<'PY'
import sys
total, copies, tokens, sentences, pysbd = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
mb = total / 1e6
print(f"text: {mb:.2f} MB in {copies} documents (copies of the sample corpus), one core")
print(f"docpipe segment (paragraphs+sentences+tokens): {tokens:.3f} s  {mb / tokens:8.1f} MB/s")
print(f"docpipe segment (tokens: false):               {sentences:.3f} s  {mb / sentences:8.1f} MB/s")
if pysbd:
    p = float(pysbd)
    print(f"pysbd 0.3.4 (clean=False):                     {p:.3f} s  {mb / p:8.2f} MB/s")
    print(f"ratio docpipe/pysbd: {p / tokens:.0f}x with tokens, {p / sentences:.0f}x sentences only")
PY
