#!/usr/bin/env bash
# Compares DocPipe's entities with spaCy en_core_web_sm on a corpus (default: the sample corpus).
# Usage: bash scripts/eval_entities.sh [INPUT_DIR]   (OUTPUT=dir to choose where results go)
# Builds docpipe (release), runs clean -> segment -> extract -> export on INPUT_DIR, then
# scripts/eval_entities.py runs spaCy on each document's cleaned text and prints the table.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
input=$(cd "${1:-$root/corpus/kazakhstan-2022}" && pwd)
out=${OUTPUT:-$root/out/eval-entities}
mkdir -p "$out"
cd "$root"
swift build -c release --product docpipe >&2
pipeline="$out/eval-entities.yaml"
cat > "$pipeline" <<YAML
name: eval-entities
input: $input
output: $out
reference_date: ${REFERENCE_DATE:-2022-01-11}
stages:
  - clean
  - segment
  - extract
  - export:
      formats: [jsonl]
YAML
runs=${RUNS:-5}

for run in $(seq "$runs"); do
  .build/release/docpipe run "$pipeline" --output "$out" --quiet --jobs 1 --no-cache
  cp "$out/run.json" "$out/run-$run.json" 2>/dev/null || true
done
PY=$(bash scripts/venv.sh)
"$PY" scripts/eval_entities.py --output "$out" --runs "$runs"
