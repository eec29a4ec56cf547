#!/usr/bin/env bash
# PDF reading throughput: generated two-column PDFs with running headers (scripts/gen_bench_pdfs.py)
# through `docpipe run` with a clean + export(jsonl) pipeline, whole process, --no-cache.
# Prints the median wall time of RUNS runs and pages per second, and the median CPU time (user +
# system, the helper programs included), then poppler's own time (pdftotext -bbox-layout alone,
# sequentially) on the same files for reference. On a shared machine the wall time mostly measures
# the wait for a CPU; the CPU time is the steadier figure.
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
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
TIMEFORMAT='%R %U %S'
walls=(); cpus=()
for run in $(seq "$RUNS"); do
  rm -rf "$WORK/out"
  read -r wall user sys < <({ time "$BIN" run "$WORK/pdf.yaml" --no-cache --quiet --jobs "$JOBS" >/dev/null 2>&1; } 2>&1)
  walls+=("$wall"); cpus+=("$(echo "$user + $sys" | bc)")
done
wall=$(printf '%s\n' "${walls[@]}" | median)
cpu=$(printf '%s\n' "${cpus[@]}" | median)
pages=$((DOCS * PAGES))
echo "docpipe: $DOCS PDFs x $PAGES pages = $pages pages, jobs $JOBS, wall ${walls[*]} s, CPU ${cpus[*]} s"
echo "docpipe: median wall $wall s ($(echo "scale=1; $pages / $wall" | bc) pages/s), median CPU $cpu s ($(echo "scale=1; $pages / $cpu" | bc) pages per CPU second)"
read -r wall user sys < <({ time for file in "$WORK"/in/*.pdf; do pdftotext -bbox-layout "$file" - > /dev/null; done; } 2>&1)
echo "pdftotext -bbox-layout alone, sequential: wall $wall s, CPU $(echo "$user + $sys" | bc) s"
