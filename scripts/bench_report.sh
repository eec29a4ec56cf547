#!/usr/bin/env bash
# Report benchmark: size and write time of the Markdown and HTML reports at COUNTS documents
# (default 100, 10,000 and 100,000), release build.
#
# 1. A real run: BASE (default 500) documents from scripts/gen_batch.py (seed 7) plus the sample
#    corpus's 5 articles (gen_batch's texts give no timeline; the sample's give dated events,
#    conflicts and many entities) through clean → segment → extract → summarize → export (jsonl);
#    its documents.jsonl and corpus.json are the prepared spool.
# 2. For each count, DocPipeReportBench copies that spool to COUNT documents (copy k of "id" is
#    "id~k", with every cluster mention, timeline entry and conflict copied with it) and times the
#    export stage with formats [markdown, html] alone: the first pass over the spool (index,
#    entity co-occurrence, manifest) and the reports, main files plus report/ pages.
# Prints one line per count (export wall and CPU seconds, sizes); peak RSS from /usr/bin/time.
# 3. Headless Chromium draws each count's report.html, report/index-0001.html and
#    report/articles/000001.html (scripts/time_render.sh: median of RENDERS runs, default 3, of the
#    whole browser process), and an empty page as the baseline; one `render` line per count.
#    KEEP=1 keeps each count's output folder (run-COUNT/out) instead of deleting it.
set -euo pipefail
cd "$(dirname "$0")/.."
counts=${COUNTS:-"100 10000 100000"}
base=${BASE:-500}
work=${WORK:-$(mktemp -d)}
swift build -c release --product docpipe >&2
swift build -c release --product DocPipeReportBench >&2
python3 scripts/gen_batch.py "$work/in" "$base" 7
cp corpus/kazakhstan-2022/*.txt "$work/in/"
cat > "$work/base.yaml" <<YAML
name: report-base
input: in
output: base
reference_date: 2022-01-11
stages:
  - clean
  - segment
  - extract
  - summarize
  - export:
      formats: [jsonl]
YAML
.build/release/docpipe run "$work/base.yaml" --quiet || true
renders=${RENDERS:-3}
echo "render empty=$(bash scripts/time_render.sh empty "$renders")s"
for count in $counts; do
  /usr/bin/time -f "peak_rss_kb=%M" -o "$work/time.txt" .build/release/DocPipeReportBench "$work/base" "$count" "$work/run-$count"
  cat "$work/time.txt"
  out="$work/run-$count/out"
  line="render documents=$count empty=$(bash scripts/time_render.sh empty "$renders")s"
  for page in report.html report/index-0001.html report/articles/000001.html; do
    if [ -f "$out/$page" ]; then line="$line $page=$(bash scripts/time_render.sh "$out/$page" "$renders")s"; fi
  done
  echo "$line"
  [ "${KEEP:-0}" = 1 ] || rm -rf "$work/run-$count"
done
echo "work folder: $work"
