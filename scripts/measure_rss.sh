#!/bin/bash
# Runs BIN over INPUT with the batch pipeline (PIPELINE, default /tmp/b1k/batch.yaml) under
# /usr/bin/time -v and samples the process's VmRSS every 2 s into /tmp/s7m/TAG.rss
# (seconds since start, kB), the time report in /tmp/s7m/TAG.time (issue 17, seventh round).
# MEASURE_DIR=DIR writes into DIR instead of /tmp/s7m, STEP=S samples every S seconds (eighth round).
# usage: measure_rss.sh BIN INPUT OUTDIR TAG
BIN=$1; IN=$2; OUT=$3; TAG=$4
D=${MEASURE_DIR:-/tmp/s7m}
mkdir -p "$D"
rm -rf "$OUT"
cd "${RUN_DIR:-/work}"
/usr/bin/time -v "$BIN" run ${PIPELINE:-/tmp/b1k/batch.yaml} --input "$IN" --output "$OUT" --no-cache --jobs 2 --quiet > $D/$TAG.stdout 2> $D/$TAG.time &
TPID=$!
sleep 0.5
PID=$(pgrep -P $TPID | head -1)
START=$(date +%s.%N)
: > $D/$TAG.rss
while kill -0 $PID 2>/dev/null; do
  R=$(awk '/VmRSS/{print $2}' /proc/$PID/status 2>/dev/null)
  T=$(date +%s.%N)
  echo "$(echo "$T - $START" | bc) $R" >> $D/$TAG.rss
  sleep ${STEP:-2}
done
wait $TPID
echo done >> $D/$TAG.rss
