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
for count in $counts; do
  /usr/bin/time -f "peak_rss_kb=%M" -o "$work/time.txt" .build/release/DocPipeReportBench "$work/base" "$count" "$work/run-$count"
  cat "$work/time.txt"
  rm -rf "$work/run-$count"
done
echo "work folder: $work"
