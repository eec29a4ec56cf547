#!/usr/bin/env bash
# Trains the speaker ranker on the hand-annotated quote sets and prints its leave-one-set-out table
# (scripts/train_speaker_ranker.py). Usage: bash scripts/train_speaker_ranker.sh [--also DIR]
#   [--margins 0,1,2] [--write-swift MARGIN]   (DOCPIPE_BIN=path of a built docpipe to skip the build;
#   VENV=path of a ready virtualenv; EVAL_DIR=folder of the evaluation sets)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ -z "${DOCPIPE_BIN:-}" ]; then
  swift build -c release --product docpipe >&2
  DOCPIPE_BIN=$root/.build/release/docpipe
fi
PY=$(bash scripts/venv.sh)
"$PY" -c 'import numpy' 2>/dev/null || "$PY" -m pip install -q --disable-pip-version-check -r scripts/requirements-ranker.txt >&2
exec "$PY" scripts/train_speaker_ranker.py --docpipe "$DOCPIPE_BIN" ${EVAL_DIR:+--eval-dir "$EVAL_DIR"} "$@"
