#!/usr/bin/env bash
# Near-duplicate detection speed, whole processes, side by side on one generated corpus
# (scripts/eval_dedup.py generate: the public texts of ${EVAL_DIR:-<repo>/../shared/eval} plus
# 1,000 edited copies): DocPipe's `dedup` stage (scripts/eval/dedup.yaml: dedup, documents.jsonl
# written) against datatrove's MinHash deduplication (scripts/bench_dedup.py: signatures, buckets,
# clusters, filter, kept documents written), one worker each. Median of RUNS (default 3) wall times.
# datatrove is pinned and installed into its own ignored virtualenv, .venv-datatrove.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export EVAL_DIR=${EVAL_DIR:-$root/../shared/eval}
if [ ! -f "$EVAL_DIR/summ_bbc.jsonl" ]; then
  echo "bench_dedup: no evaluation data at $EVAL_DIR (set EVAL_DIR); skipped" >&2
  exit 0
fi
runs=${RUNS:-3}
venv=$root/.venv-datatrove
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import datatrove, spacy" 2>/dev/null; then
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install -q --disable-pip-version-check datatrove==0.10.1 regex==2024.11.6 tokenizers==0.22.1 \
    "huggingface-hub==1.33.0" xxhash==3.5.0 orjson==3.10.15 spacy==3.8.18 >&2
fi
[ "${SKIP_BUILD:-0}" = 1 ] || swift build -c release --product docpipe >&2
bin=$root/.build/release/docpipe
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 scripts/eval_dedup.py generate "$tmp/in.jsonl" "$tmp/truth.json" --copies 1000 --seed 20 --repeat "${REPEAT:-1}"
python3 scripts/eval_dedup.py datatrove-input "$tmp/dt-in" "$tmp/in.jsonl"
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() { local start end; start=$(date +%s.%N); "$@" < "${STDIN:-/dev/null}" >/dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc; }
: > "$tmp/docpipe.txt"; : > "$tmp/datatrove.txt"
for _ in $(seq "$runs"); do
  rm -rf "$tmp/out" "$tmp/dt-work"
  STDIN="$tmp/in.jsonl" seconds "$bin" run scripts/eval/dedup.yaml --input - --output "$tmp/out" --jobs 1 --quiet --no-cache >> "$tmp/docpipe.txt"
  seconds "$venv/bin/python" scripts/bench_dedup.py "$tmp/dt-in" "$tmp/dt-work" 1 >> "$tmp/datatrove.txt"
done
python3 scripts/eval_dedup.py score "$tmp/out/documents.jsonl" "$tmp/truth.json" --label "DocPipe dedup (quality on this corpus)"
echo "documents: $(wc -l < "$tmp/in.jsonl"), $(du -m "$tmp/in.jsonl" | cut -f1) MB; $(nproc) cores; median of $runs whole-process runs"
echo "DocPipe dedup (--jobs 1): $(median < "$tmp/docpipe.txt") s"
echo "datatrove 0.10.1 MinHash (1 worker): $(median < "$tmp/datatrove.txt") s"
