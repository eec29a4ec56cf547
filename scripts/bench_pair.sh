#!/usr/bin/env bash
# Two release binaries on the same pipeline and input, run in turn (A B A B …) as whole processes
# under /usr/bin/time: medians of RUNS pairs (default 3) of wall, CPU (user + system) and peak RSS,
# each stage's process CPU from run.json (`process_cpu_seconds`, the per-document step only) and
# the corpus phase (`finish_seconds`), and the paired ratios NEW / OLD. Outputs go to WORK (a
# temporary folder); `--no-cache`.
#   usage: scripts/bench_pair.sh OLD NEW PIPELINE INPUT [JOBS]
set -euo pipefail
old=$1 new=$2 pipeline=$3 input=$4 jobs=${5:-2}
runs=${RUNS:-3}
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
for run in $(seq "$runs"); do
  for side in old new; do
    binary=$old
    [ "$side" = new ] && binary=$new
    rm -rf "$work/$side"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time-$side-$run" \
      "$binary" run "$pipeline" --input "$input" --output "$work/$side" --no-cache --quiet --jobs "$jobs" >/dev/null
    cp "$work/$side/run.json" "$work/run-$side-$run.json"
  done
done
python3 - "$work" "$runs" <<'PY'
import json, statistics, sys
work, runs = sys.argv[1], int(sys.argv[2])
def figures(side, run):
    wall, user, system, rss = open(f"{work}/time-{side}-{run}").read().split()[-4:]
    report = json.load(open(f"{work}/run-{side}-{run}.json"))
    row = {"wall": float(wall), "cpu": float(user) + float(system), "peak MiB": int(rss) / 1024}
    for stage in report["stages"]:
        row[f"{stage['stage']} process CPU"] = stage["process_cpu_seconds"]
        row[f"{stage['stage']} finish"] = stage["finish_seconds"]
    return row
rows = {side: [figures(side, run) for run in range(1, runs + 1)] for side in ("old", "new")}
print(f"{'measure':28} {'old':>9} {'new':>9} {'new/old (paired median)':>24}")
for key in rows["old"][0]:
    old = statistics.median(r[key] for r in rows["old"])
    new = statistics.median(r[key] for r in rows["new"])
    ratios = [n[key] / o[key] for o, n in zip(rows["old"], rows["new"]) if o[key] > 0]
    ratio = f"{statistics.median(ratios):.3f}" if ratios else "-"
    print(f"{key:28} {old:9.3f} {new:9.3f} {ratio:>24}")
PY
