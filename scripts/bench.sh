#!/usr/bin/env bash
# `make bench`: speed and memory benchmarks (release build, one job unless a script says otherwise).
# Figures go into docs/benchmarks.md by hand; each line there names its command.
set -euo pipefail
cd "$(dirname "$0")/.."
run() { echo "== $*"; "$@" || echo "!! $1 failed (exit $?)"; }
for script in bench_segment.sh bench_segment_e2e.sh bench_clean.sh bench_batch.sh bench_long_line.sh bench_dedup.sh bench_report.sh; do
  [ -f "scripts/$script" ] && run bash "scripts/$script"
done
