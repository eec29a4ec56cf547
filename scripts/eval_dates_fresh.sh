#!/usr/bin/env bash
# DATE expressions with the right ISO value on a fresh public date check, never tuned on before it
# was added: WikiWars (TIMEX3 edition; history narrative, CC-BY-SA 3.0; issue 15's eleventh round)
# MEANTIME (English Wikinews news, TimeML; twelfth round) or tweets (Zhong et al. 2017's TIMEX3
# tweets, training set only; fourteenth round). Halves: dev (even positions of the
# documents sorted by file name; for error analysis) and check (odd positions; scored only at the
# start and the end of a round, never read).
# Usage: bash scripts/eval_dates_fresh.sh [--corpus wikiwars|meantime|tweets] [dev|check|both]
#   (defaults: wikiwars, dev)
#   WIKIWARS_DIR / MEANTIME_DIR / TWEETS_DIR=folder holding the corpus' files (default ../wikiwars,
#   ../meantime, ../tweets-timex3;
#   fetched there when missing, never into the repository); WIKIWARS_GIT / MEANTIME_GIT / TWEETS_GIT=git
#   directory of a mirror of the source repository to copy them from instead of downloading
#   ("none": download from GitHub even where a mirror is found; a failed fetch names what is missing);
#   DOCPIPE_BIN=path of a built docpipe to skip the build; OUTPUT=dir for results
#   (default out/eval-dates-fresh[-meantime|-tweets]-HALF).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
corpus=wikiwars
if [ "${1:-}" = "--corpus" ]; then
  corpus=${2:?--corpus needs wikiwars, meantime or tweets}
  shift 2
fi
half=${1:-dev}
case "$corpus" in
  wikiwars)
    dir=${WIKIWARS_DIR:-$root/../wikiwars}
    mirror=${WIKIWARS_GIT:-}
    repo=semantic-systems/coypu-temporal-extraction-service-machamp
    commit=bb14f49b5301a2e4b4b60c13a22b87eb70f3e1d5
    sums=scripts/eval-data/wikiwars-timex3.sha256
    suffix=""
    ;;
  meantime)
    dir=${MEANTIME_DIR:-$root/../meantime}
    mirror=${MEANTIME_GIT:-}
    repo=newsreader/eso-and-ceo
    commit=85ba79db17cc3e49fff3c8e864d51aea7b54631a
    sums=scripts/eval-data/meantime-cat.sha256
    suffix="-meantime"
    ;;
  tweets)
    dir=${TWEETS_DIR:-$root/../tweets-timex3}
    mirror=${TWEETS_GIT:-}
    repo=semantic-systems/coypu-temporal-extraction-service-machamp
    commit=bb14f49b5301a2e4b4b60c13a22b87eb70f3e1d5
    sums=scripts/eval-data/tweets-timex3.sha256
    suffix="-tweets"
    ;;
  *) echo "eval_dates_fresh.sh: --corpus is wikiwars, meantime or tweets" >&2; exit 2 ;;
esac
if [ -z "$mirror" ] && [ -d "/work/.mirror/${repo/\//+}/repo" ]; then
  mirror=/work/.mirror/${repo/\//+}/repo
fi
[ "$mirror" = none ] && mirror=""
# Where a file sits in the source repository.
source_path() {
  if [ "$corpus" = wikiwars ]; then
    echo "temporal-data/original_datasets/wikiwars-tagged/$1"
  elif [ "$corpus" = tweets ]; then
    echo "temporal-data/original_datasets/tweets/trainingset/$1"
  elif [ -n "$mirror" ]; then
    git --git-dir "$mirror" -c core.quotePath=false ls-tree -r --name-only "$commit" "Data, experiments, analyses/MeanTime_Annotated/" | grep -F "/$1" | head -1
  else
    for topic in APPLE_std-off_export_2015-10-20_21_41_05.958 BOEING_std-off_export_2015-10-20_23_53_38.491 \
                 GM_std-off_export_2015-10-20_23_54_45.785 STOCK_std-off_export_2015-10-20_23_55_28.813; do
      echo "Data, experiments, analyses/MeanTime_Annotated/CAT_XML_$topic/$1"
    done
  fi
}
mkdir -p "$dir"
missing=0
while read -r _ name; do
  [ -f "$dir/$name" ] && continue
  if [ -n "$mirror" ]; then
    git --git-dir "$mirror" show "$commit:$(source_path "$name")" > "$dir/$name.part" 2>/dev/null && mv "$dir/$name.part" "$dir/$name"
  else
    while read -r path; do
      url=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$path")
      curl -fsSL "https://raw.githubusercontent.com/$repo/$commit/$url" -o "$dir/$name.part" 2>/dev/null && mv "$dir/$name.part" "$dir/$name" && break
    done < <(source_path "$name")
  fi
  rm -f "$dir/$name.part"
  [ -f "$dir/$name" ] || missing=$((missing + 1))
done < <(grep -v '^#' "$sums")
if [ "$missing" -gt 0 ]; then
  where=${mirror:-https://github.com/$repo}
  echo "eval_dates_fresh: $missing of the $corpus files could not be fetched from $where at commit $commit" \
       "(no network, or the mirror lacks that commit). Put the files in $dir (the names are in $sums)," \
       "or point ${corpus^^}_GIT at a git directory of a mirror of $repo." >&2
  exit 1
fi
(cd "$dir" && grep -v '^#' "$root/$sums" | sha256sum --check --quiet)
if [ -z "${DOCPIPE_BIN:-}" ]; then
  swift build -c release --product docpipe >&2
  DOCPIPE_BIN=$root/.build/release/docpipe
fi
python3 scripts/eval_dates_fresh.py --corpus "$corpus" --half "$half" --docpipe "$DOCPIPE_BIN" --data-dir "$dir" \
  --output "${OUTPUT:-$root/out/eval-dates-fresh$suffix-$half}"
