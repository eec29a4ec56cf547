#!/usr/bin/env bash
# Evaluates the corpus summary on the news stories of ${EVAL_DIR:-<repo>/../shared/eval}/stories_dev.jsonl
# (41 stories of 2-6 articles, no reference summaries): builds docpipe (release), runs each story's
# articles through scripts/eval/corpus-summary.yaml (segment -> summarize, 3-sentence corpus summary)
# and scores the summaries beside two baselines (first sentences of the articles; centroid) by
# coverage of what the sources share and by ROUGE recall of the articles' headlines.
# Prints Markdown tables (dev and held-out stories, and all; `--only dev` passes to the scorer).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export EVAL_DIR=${EVAL_DIR:-$root/../shared/eval}
if [ ! -f "$EVAL_DIR/stories_dev.jsonl" ]; then
  echo "eval_corpus_summary: no evaluation data at $EVAL_DIR (set EVAL_DIR); skipped" >&2
  exit 0
fi
PY=$(bash scripts/venv.sh)
[ "${SKIP_BUILD:-0}" = 1 ] || swift build -c release --product docpipe >&2
bin=$root/.build/release/docpipe
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$PY" scripts/eval_corpus_summary.py prepare --out "$tmp/stories"
for input in "$tmp"/stories/*.jsonl; do
  story=$(basename "$input" .jsonl)
  "$bin" run scripts/eval/corpus-summary.yaml --input - --output "$tmp/out/$story" --quiet < "$input"
done
"$PY" scripts/eval_corpus_summary.py score "$tmp/out" "$@"
