#!/usr/bin/env bash
# A segment-only pipeline (segment, export jsonl) run by two release binaries and by spaCy's blank
# model with its sentencizer over the same files, in turn (old, new, spaCy; RUNS rounds, default 5),
# each as a whole process under /usr/bin/time: medians of wall, CPU (user + system) and peak RSS,
# and the paired ratios new / old and spaCy / each. `--no-cache`; outputs go to WORK.
#   usage: scripts/bench_segment_pair.sh OLD NEW INPUT [JOBS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
old=$1 new=$2 input=$3 jobs=${4:-2}
runs=${RUNS:-5}
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
python=$(bash "$root/scripts/venv.sh")
printf 'name: segment-only\nstages:\n  - segment\n  - export:\n      formats: [jsonl]\n' > "$work/seg.yaml"
times="$work/times.txt"
: > "$times"
for run in $(seq "$runs"); do
  for side in old new spacy; do
    rm -rf "$work/out"
    case $side in
      old) command=("$old" run "$work/seg.yaml" --input "$input" --output "$work/out" --no-cache --quiet --jobs "$jobs") ;;
      new) command=("$new" run "$work/seg.yaml" --input "$input" --output "$work/out" --no-cache --quiet --jobs "$jobs") ;;
      spacy) command=("$python" "$root/scripts/bench_segment_e2e.py" "$input" "$work/spacy.txt") ;;
    esac
    /usr/bin/time -f "$side $run %e %U %S %M" -a -o "$times" "${command[@]}" >/dev/null
  done
done
python3 - "$times" <<'PY'
import collections, statistics, sys
rows = collections.defaultdict(dict)
for line in open(sys.argv[1]):
    side, run, wall, user, system, rss = line.split()
    rows[side][int(run)] = (float(wall), float(user) + float(system), int(rss) / 1024)
for side in ("old", "new", "spacy"):
    values = list(rows[side].values())
    print(f"{side:6} wall {statistics.median(v[0] for v in values):.2f} s  CPU {statistics.median(v[1] for v in values):.2f} s  "
          f"peak {statistics.median(v[2] for v in values):.0f} MiB")
def paired(a, b, i):
    return statistics.median(rows[b][r][i] / rows[a][r][i] for r in rows[a])
print(f"new / old (paired medians): wall {paired('old', 'new', 0):.3f}, CPU {paired('old', 'new', 1):.3f}, peak {paired('old', 'new', 2):.3f}")
print(f"spaCy / new: wall {paired('new', 'spacy', 0):.2f}x, CPU {paired('new', 'spacy', 1):.2f}x; "
      f"spaCy / old: wall {paired('old', 'spacy', 0):.2f}x, CPU {paired('old', 'spacy', 1):.2f}x")
PY
