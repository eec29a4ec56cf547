#!/usr/bin/env bash
# Date extraction against the TimeML DATE expressions of the TempEval-3 training data (TBAQ-cleaned;
# dev and check splits, scripts/eval-data/dates-dev-ids.txt). The documents are not in the
# repository: TBAQ_DIR=folder holding the release's AQUAINT/ and TimeBank/, or TBAQ_GIT=git
# directory of a mirror holding data/TBAQ-cleaned/ (see scripts/eval-data/README.md). Without
# either the evaluation is skipped (exit 0 with a message).
# Usage: bash scripts/eval_dates.sh [extra eval_dates.py options, e.g. --dct-format rfc2822]
#        (OUTPUT=dir, default out/eval-dates; DOCPIPE_BIN=path of a built docpipe to skip the build;
#        VENV=path of a ready virtualenv)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=${OUTPUT:-$root/out/eval-dates}
if [ -z "${TBAQ_DIR:-}" ] && [ -z "${TBAQ_GIT:-}" ]; then
  for candidate in "${EVAL_DIR:-$root/../shared/eval}/TBAQ-cleaned" "$root/../shared/eval/TBAQ-cleaned"; do
    if [ -d "$candidate/AQUAINT" ]; then TBAQ_DIR=$candidate; break; fi
  done
fi
# the mirror the project's sessions fetch (github.com/jspotter/TempEval-3), when present
if [ -z "${TBAQ_DIR:-}" ] && [ -z "${TBAQ_GIT:-}" ] && [ -d /work/.mirror/jspotter+TempEval-3/repo ]; then
  TBAQ_GIT=/work/.mirror/jspotter+TempEval-3/repo
fi
if [ -z "${TBAQ_DIR:-}" ] && [ -z "${TBAQ_GIT:-}" ]; then
  echo "eval_dates: skipped: no TempEval-3 TBAQ-cleaned training data (set TBAQ_DIR or TBAQ_GIT)" >&2
  exit 0
fi
if [ -z "${DOCPIPE_BIN:-}" ]; then
  swift build -c release --product docpipe >&2
  DOCPIPE_BIN=$root/.build/release/docpipe
fi
PY=$(bash scripts/venv.sh)
"$PY" scripts/eval_dates.py --docpipe "$DOCPIPE_BIN" --output "$out" \
  ${TBAQ_DIR:+--tbaq-dir "$TBAQ_DIR"} ${TBAQ_GIT:+--tbaq-git "$TBAQ_GIT"} "$@"
