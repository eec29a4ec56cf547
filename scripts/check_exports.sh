#!/usr/bin/env bash
# Issue 18 at scale: generates a many-story batch (scripts/gen_batch.py --stories, COUNT documents,
# default 10000, seed 7), turns it into JSON Lines with an extra metadata key per document (`views`),
# runs the full pipeline (clean, segment, dedup, extract, stories, a custom `command` stage adding
# the layer `figure_mentions` and the metadata key `figure_count`, summarize, export with every
# format) with the release build, times headless Chromium drawing report.html (when installed),
# then checks every export with scripts/check_exports.py.
# usage: [COUNT=10000] [WORK=dir] [SKIP_BUILD=1] bash scripts/check_exports.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
count=${COUNT:-10000}
[ "${SKIP_BUILD:-0}" = 1 ] || swift build -c release --product docpipe >&2
bin=$root/.build/release/docpipe
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
if [ ! -f "$work/in.jsonl" ]; then
  rm -rf "$work/md"
  python3 scripts/gen_batch.py --stories "$work/md" "$count" 7 >&2
  python3 scripts/check_exports.py jsonl "$work/md" > "$work/in.jsonl"
fi
cat > "$work/pipeline.yaml" <<YAML
name: check-exports
on_error: skip
reference_date: 2023-06-30
stages:
  - clean
  - segment
  - dedup
  - extract
  - stories
  - command:
      command: [python3, $root/scripts/eval/figure_stage.py]
      timeout: 60
  - summarize:
      sentences: 3
  - export:
      formats: [jsonl, csv, sqlite, markdown, html]
YAML
rm -rf "$work/out"
/usr/bin/time -v -o "$work/time.txt" "$bin" run "$work/pipeline.yaml" --input - --output "$work/out" --jobs 2 --quiet --no-cache < "$work/in.jsonl"
echo "== $count documents: $(grep -E 'Elapsed|Maximum resident' "$work/time.txt" | sed 's/^\s*//' | tr '\n' ';')"
if command -v chromium >/dev/null; then
  /usr/bin/time -f "== report.html ($(stat -c %s "$work/out/report.html") bytes) rendered to PNG by headless Chromium: %e s wall (Chromium's own start included)" \
    bash scripts/render_report.sh "$work/out" "$work/report.png" 1280,4000
fi
python3 scripts/check_exports.py check "$work/out" --layer figure_mentions --extra views --extra figure_count
