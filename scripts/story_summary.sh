#!/usr/bin/env bash
# The corpus summary of a many-story corpus: generates COUNT documents in stories
# (scripts/gen_batch.py --stories, seed 7), runs clean -> segment -> dedup -> extract -> stories ->
# summarize -> export (jsonl) with the release build (or BIN), and prints the corpus summary: each
# sentence with its story and that story's size, the agreements (sources, and how many span
# several stories) and the disagreements.
# usage: [COUNT=2000] [WORK=dir] [BIN=path/to/docpipe] bash scripts/story_summary.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
count=${COUNT:-2000}
work=${WORK:-$(mktemp -d)}
if [ -z "${BIN:-}" ]; then
  swift build -c release --product docpipe >&2
  BIN=$root/.build/release/docpipe
fi
mkdir -p "$work"
if [ ! -f "$work/in.jsonl" ]; then
  rm -rf "$work/md"
  python3 scripts/gen_batch.py --stories "$work/md" "$count" 7 >&2
  python3 scripts/check_exports.py jsonl "$work/md" > "$work/in.jsonl"
fi
cat > "$work/pipeline.yaml" <<YAML
name: story-summary
on_error: skip
reference_date: 2023-06-30
stages:
  - clean
  - segment
  - dedup
  - extract
  - stories
  - summarize:
      sentences: 3
  - export:
      formats: [jsonl]
YAML
rm -rf "$work/out"
"$BIN" run "$work/pipeline.yaml" --input - --output "$work/out" --jobs 1 --quiet --no-cache < "$work/in.jsonl"
python3 - "$work/out/corpus.json" <<'PY'
import json, sys
corpus = json.load(open(sys.argv[1]))
summary = corpus["summary"]
story = {doc: s for s in corpus.get("stories", []) for doc in s["documents"]}
print(f"{len(corpus.get('stories', []))} stories")
for cited in summary["sentences"]:
    s = story.get(cited["doc"])
    print(f"  [{s['id'] if s else '-'}, {len(s['documents']) if s else 0} documents] {cited['text']}")
agreements = summary.get("agreements", [])
across = sum(1 for a in agreements if len({story[x["doc"]]["id"] for x in a["sources"] if x["doc"] in story}) > 1)
print(f"  agreements: {len(agreements)}, sources {[len(a['sources']) for a in agreements]}, {across} spanning several stories")
print(f"  disagreements: {len(summary.get('disagreements', []))}")
PY
