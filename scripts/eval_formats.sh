#!/usr/bin/env bash
# Text F1 of the format converters against hand-written expected text (scripts/eval-data/formats),
# for the converted text alone and after `clean`, then documents and pages per second per format,
# whole process, release build.
#   bash scripts/eval_formats.sh            # F1 table, then throughput (RUNS=3 runs per format)
#   RUNS=0 bash scripts/eval_formats.sh     # F1 only
#   COPIES=10 (default): each format's folder holds its corpus documents that many times, so that
#   process start-up (about 0.1 s) does not dominate the figure
# Fetches missing corpus documents first (scripts/get_format_corpus.sh). Python is the standard
# library only. Each throughput figure is the median of RUNS runs of
#   /usr/bin/time -v docpipe run PIPELINE --input FOLDER_OF_ONE_FORMAT --no-cache --quiet
# with a clean + export(jsonl) pipeline; "pages" are PDF pages (pdfinfo), the others count documents.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
data=scripts/eval-data/formats
RUNS=${RUNS:-3}
COPIES=${COPIES:-10}
BIN=${DOCPIPE_BIN:-.build/release/docpipe}
[ -x "$BIN" ] || swift build -c release --product docpipe >&2
bash scripts/get_format_corpus.sh >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/formats.yaml" <<YAML
name: eval-formats
on_error: skip
stages:
  - clean
  - export:
      formats: [jsonl]
YAML
cat > "$work/converted.yaml" <<YAML
name: eval-formats-converted
on_error: skip
stages:
  - export:
      formats: [jsonl]
YAML
# The converters' own text (no stage but export), then what a pipeline gets after clean.
for pipeline in converted formats; do
  echo "== $([ $pipeline = converted ] && echo 'converted text (reader only, export)' || echo 'after clean (clean, export)')"
  "$BIN" run "$work/$pipeline.yaml" --input "$data/documents" --output "$work/out-$pipeline" --no-cache --quiet >&2 || true
  python3 scripts/eval_formats.py "$work/out-$pipeline/documents.jsonl" --json "$work/figures-$pipeline.json"
  echo
done

[ "$RUNS" -gt 0 ] || exit 0
echo
echo "throughput (each format's corpus documents copied $COPIES times, median of $RUNS runs, whole process, --no-cache, --jobs 1):"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for ext in pdf docx odt epub eml mbox; do
  mkdir -p "$work/in-$ext"
  for copy in $(seq "$COPIES"); do
    for f in "$data/documents"/*."$ext"; do cp "$f" "$work/in-$ext/$copy-$(basename "$f")"; done
  done
  docs=$(ls "$work/in-$ext" | wc -l)
  units=$docs; unit=documents
  if [ "$ext" = pdf ]; then
    units=0; unit=pages
    for f in "$work/in-$ext"/*.pdf; do units=$((units + $(pdfinfo "$f" | awk '/^Pages:/{print $2}'))); done
  fi
  walls=(); cpus=(); rss=()
  for run in $(seq "$RUNS"); do
    rm -rf "$work/out-$ext"
    /usr/bin/time -v "$BIN" run "$work/formats.yaml" --input "$work/in-$ext" --output "$work/out-$ext" \
      --no-cache --quiet --jobs 1 >/dev/null 2>"$work/time.txt" || true
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/time.txt")
    cpu=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{print u+s}' "$work/time.txt")
    walls+=("$wall"); cpus+=("$cpu")
    rss+=("$(awk -F': ' '/Maximum resident/{print $2}' "$work/time.txt")")
  done
  wall=$(printf '%s\n' "${walls[@]}" | median); cpu=$(printf '%s\n' "${cpus[@]}" | median)
  peak=$(printf '%s\n' "${rss[@]}" | median)
  printf '%-5s %3d files %5d %-9s wall %6.2f s (%7.1f %s/s)  CPU %6.2f s (%7.1f %s per CPU s)  peak RSS %d MB\n' \
    "$ext" "$docs" "$units" "$unit" "$wall" "$(echo "$units / $wall" | bc -l)" "$unit" "$cpu" \
    "$(echo "$units / ($cpu + 0.0001)" | bc -l)" "$unit" "$((peak / 1024))"
done
