#!/usr/bin/env bash
# Story clustering: B-cubed P/R/F1 of the stories stage on ${EVAL_DIR:-<repo>/../shared/eval}/stories_dev.jsonl
# (human-labelled news clusters, see that folder's README), through scripts/eval/stories.yaml.
# Extra arguments are `stories` options to try, e.g. `similarity=0.35`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export EVAL_DIR=${EVAL_DIR:-$root/../shared/eval}
if [ ! -f "$EVAL_DIR/stories_dev.jsonl" ]; then
  echo "eval_stories: no evaluation data at $EVAL_DIR (set EVAL_DIR); skipped" >&2
  exit 0
fi
[ "${SKIP_BUILD:-0}" = 1 ] || swift build -c release --product docpipe >&2
bin=$root/.build/release/docpipe
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pipeline=scripts/eval/stories.yaml
if [ $# -gt 0 ]; then
  cp "$pipeline" "$tmp/stories.yaml"
  for setting in "$@"; do
    sed -i "s/^      state: \"\"$/      state: \"\"\n      ${setting%%=*}: ${setting#*=}/" "$tmp/stories.yaml"
  done
  pipeline=$tmp/stories.yaml
fi
python3 scripts/eval_stories.py prepare "$tmp/in.jsonl"
"$bin" run "$pipeline" --input - --output "$tmp/out" --quiet < "$tmp/in.jsonl"
python3 scripts/eval_stories.py score "$tmp/out/documents.jsonl"
