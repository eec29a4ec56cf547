#!/usr/bin/env bash
# PDF reading throughput: generated two-column PDFs with running headers (scripts/gen_bench_pdfs.py)
# through `docpipe run` with a clean + export(jsonl) pipeline, whole process, --no-cache.
# Prints the median wall time of RUNS runs and pages per second, then poppler's own time
# (pdftotext -bbox-layout alone, sequentially) on the same files for reference.
# Usage: bash scripts/bench_pdf.sh [DOCUMENTS=20] [PAGES=20] [RUNS=3] [JOBS=2]
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS=${1:-20}; PAGES=${2:-20}; RUNS=${3:-3}; JOBS=${4:-2}
BIN=${DOCPIPE_BIN:-.build/release/docpipe}
[ -x "$BIN" ] || swift build -c release --product docpipe
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 scripts/gen_bench_pdfs.py "$WORK/in" "$DOCS" "$PAGES"
cat > "$WORK/pdf.yaml" <<YAML
name: bench-pdf
input: in
output: out
stages:
  - clean
  - export:
      formats: [jsonl]
YAML
times=()
for run in $(seq "$RUNS"); do
  rm -rf "$WORK/out"
  start=$(date +%s.%N)
  "$BIN" run "$WORK/pdf.yaml" --no-cache --quiet --jobs "$JOBS"
  end=$(date +%s.%N)
  times+=("$(echo "$end - $start" | bc)")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
pages=$((DOCS * PAGES))
echo "docpipe: $DOCS PDFs x $PAGES pages = $pages pages, jobs $JOBS, runs: ${times[*]} s"
echo "docpipe: median $median s, $(echo "scale=1; $pages / $median" | bc) pages/s"
start=$(date +%s.%N)
for file in "$WORK"/in/*.pdf; do pdftotext -bbox-layout "$file" - > /dev/null; done
end=$(date +%s.%N)
poppler=$(echo "$end - $start" | bc)
echo "pdftotext -bbox-layout alone, sequential: $poppler s, $(echo "scale=1; $pages / $poppler" | bc) pages/s"
