#!/usr/bin/env bash
# PER/ORG/LOC F1 of DocPipe on the fresh-genre check scripts/eval-data/entities-fresh.jsonl
# (36 short items written for issue 15's ninth round; see scripts/eval-data/README.md).
# Usage: bash scripts/eval_entities_fresh.sh [--errors]   (DOCPIPE_BIN=path of a built docpipe to
#        skip the build; OUTPUT=dir for results, default out/eval-entities-fresh)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ -z "${DOCPIPE_BIN:-}" ]; then
  swift build -c release --product docpipe >&2
  DOCPIPE_BIN=$root/.build/release/docpipe
fi
python3 scripts/eval_entities_fresh.py --docpipe "$DOCPIPE_BIN" --output "${OUTPUT:-$root/out/eval-entities-fresh}" "$@"
