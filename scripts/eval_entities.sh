#!/usr/bin/env bash
# Compares DocPipe's entities with spaCy en_core_web_sm on a corpus (default: the sample corpus).
# Usage: bash scripts/eval_entities.sh [INPUT_DIR | cnndm]   (OUTPUT=dir to choose where results go,
#        RUNS=n timing runs, REFERENCE_DATE=YYYY-MM-DD, VENV=path of a ready virtualenv,
#        DOCPIPE_BIN=path of a built docpipe to skip the build)
# Builds docpipe (release), runs clean -> segment -> extract -> export on INPUT_DIR, then
# scripts/eval_entities.py runs spaCy on each document's cleaned text and prints the table.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${OUTPUT:-$root/out/eval-entities}
mkdir -p "$out"
if [ "${1:-}" = "cnndm" ]; then
  # Unseen news: the first CNNDM_DOCS (default 25) articles of EVAL_DIR/summ_cnndm.jsonl, written
  # as text files into the output folder (the data stays outside the repository).
  eval_dir=${EVAL_DIR:-$root/../shared/eval}
  input="$out/input-cnndm"
  rm -rf "$input" && mkdir -p "$input"
  python3 - "$eval_dir/summ_cnndm.jsonl" "$input" "${CNNDM_DOCS:-25}" <<'PY'
import json, sys
source, folder, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(source, encoding="utf-8") as handle:
    for index, line in enumerate(handle):
        if index >= count:
            break
        with open(f"{folder}/{index:03d}.txt", "w", encoding="utf-8") as out:
            out.write(json.loads(line)["article"])
PY
else
  input=$(cd "${1:-$root/corpus/kazakhstan-2022}" && pwd)
fi
cd "$root"
if [ -z "${DOCPIPE_BIN:-}" ]; then
  swift build -c release --product docpipe >&2
  DOCPIPE_BIN=$root/.build/release/docpipe
fi
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
  "$DOCPIPE_BIN" run "$pipeline" --output "$out" --quiet --jobs 1 --no-cache
  cp "$out/run.json" "$out/run-$run.json" 2>/dev/null || true
done
PY=$(bash scripts/venv.sh)
"$PY" scripts/eval_entities.py --output "$out" --runs "$runs"
