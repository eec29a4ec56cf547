#!/usr/bin/env bash
# DATE expressions with the right ISO value on WikiWars (TIMEX3 edition; CC-BY-SA 3.0), a fresh
# public date check that was never tuned on before issue 15's eleventh round. Halves: dev (odd
# article numbers, 01, 03, ...; for error analysis) and check (even numbers; scored only at the
# start and the end of a round, never read).
# Usage: bash scripts/eval_dates_fresh.sh [dev|check|both]   (default dev)
#   WIKIWARS_DIR=folder holding the 22 .tml files (default ../wikiwars; fetched there when missing,
#   never into the repository); WIKIWARS_GIT=git directory of a mirror of the source repository
#   to copy them from instead of downloading; DOCPIPE_BIN=path of a built docpipe to skip the
#   build; OUTPUT=dir for results (default out/eval-dates-fresh-HALF).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
half=${1:-dev}
dir=${WIKIWARS_DIR:-$root/../wikiwars}
commit=bb14f49b5301a2e4b4b60c13a22b87eb70f3e1d5
folder=temporal-data/original_datasets/wikiwars-tagged
if [ -z "${WIKIWARS_GIT:-}" ] && [ -d /work/.mirror/semantic-systems+coypu-temporal-extraction-service-machamp/repo ]; then
  WIKIWARS_GIT=/work/.mirror/semantic-systems+coypu-temporal-extraction-service-machamp/repo
fi
mkdir -p "$dir"
grep -v '^#' scripts/eval-data/wikiwars-timex3.sha256 | while read -r _ name; do
  [ -f "$dir/$name" ] && continue
  if [ -n "${WIKIWARS_GIT:-}" ]; then
    git --git-dir "$WIKIWARS_GIT" show "$commit:$folder/$name" > "$dir/$name"
  else
    curl -fsSL "https://raw.githubusercontent.com/semantic-systems/coypu-temporal-extraction-service-machamp/$commit/$folder/$name" -o "$dir/$name"
  fi
done
(cd "$dir" && grep -v '^#' "$root/scripts/eval-data/wikiwars-timex3.sha256" | sha256sum --check --quiet)
if [ -z "${DOCPIPE_BIN:-}" ]; then
  swift build -c release --product docpipe >&2
  DOCPIPE_BIN=$root/.build/release/docpipe
fi
python3 scripts/eval_dates_fresh.py --half "$half" --docpipe "$DOCPIPE_BIN" --wikiwars-dir "$dir" \
  --output "${OUTPUT:-$root/out/eval-dates-fresh-$half}"
