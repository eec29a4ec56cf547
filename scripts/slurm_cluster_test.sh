#!/usr/bin/env bash
# slurm_cluster_test.sh - end-to-end test of `docpipe slurm` on a real,
# throw-away, single-node Slurm cluster on this machine.
#
# Installs slurm-wlm + munge with apt-get if missing, starts munged, slurmctld
# and slurmd by hand (no systemd) with every file (key, sockets, conf, state,
# spool, logs) in a fresh temp dir, submits a 4-shard job array + merge job with
# `docpipe slurm`, and checks the merged output is byte-identical to a
# single-machine `docpipe run`. Nothing in /etc is touched; the daemons it
# started are stopped by PID and the temp dir removed on exit.
#
# Needs root (otherwise prints SKIP and exits 0). Environment:
#   DOCPIPE_BIN  docpipe binary (default <repo>/.build/release/docpipe, then
#                <repo>/.build/debug/docpipe)
#   PIPELINE     pipeline file (default <repo>/pipelines/kazakhstan.yaml)
#   SHARDS       number of shards (default 4)
#   KEEP_TMP=1   keep the temp dir for inspection
# Ends with "slurm cluster test: 1 passed, 0 failed" (exit 0) or
# "slurm cluster test: 0 passed, 1 failed" (exit 1).

set -uo pipefail

if [ "$(id -u)" != 0 ]; then
    echo "SKIP: slurm cluster test needs root (apt-get, daemons)"
    exit 0
fi

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -z "${DOCPIPE_BIN:-}" ]; then
    DOCPIPE_BIN="$REPO/.build/release/docpipe"
    [ -x "$DOCPIPE_BIN" ] || DOCPIPE_BIN="$REPO/.build/debug/docpipe"
fi
PIPELINE="${PIPELINE:-$REPO/pipelines/kazakhstan.yaml}"
SHARDS="${SHARDS:-4}"
export PATH="$PATH:/usr/sbin:/sbin"

T_START=$SECONDS
TMP=""
PIDS=()        # daemons we started, in start order
JOB_IDS=()     # slurm jobs we submitted (cancelled on exit if still there)

log() { echo "[slurm-test $(date -u +%H:%M:%S)] $*"; }

dump_logs() {
    [ -n "$TMP" ] || return 0
    local f
    for f in "$TMP"/munge/munged.out "$TMP"/slurm/slurmctld.out "$TMP"/slurm/slurmd.out \
             "$TMP"/sharded/slurm/*.log; do
        [ -f "$f" ] || continue
        echo "----- $f (last 60 lines) -----"
        tail -n 60 "$f"
    done
}

stop_pid() {  # TERM, wait up to 5 s, then KILL
    kill -0 "$1" 2>/dev/null || return 0
    kill "$1" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

TORN_DOWN=0
teardown() {  # idempotent: cancel jobs, stop daemons, remove the temp dir
    local i f p
    [ $TORN_DOWN = 1 ] && return 0
    TORN_DOWN=1
    trap '' INT TERM  # finish tearing down even if interrupted again
    # Cancel our jobs that are still queued/running and give them 5 s to go.
    if [ ${#JOB_IDS[@]} -gt 0 ]; then
        if timeout 5 scancel "${JOB_IDS[@]}" >/dev/null 2>&1; then
            for _ in $(seq 10); do
                [ -z "$(timeout 2 squeue -h -j "$(IFS=,; echo "${JOB_IDS[*]}")" 2>/dev/null)" ] && break
                sleep 0.5
            done
        fi
    fi
    # Stop the daemons we started, in reverse start order.
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do stop_pid "${PIDS[i]}"; done
    # Safety net: slurmstepd and job processes that outlived the daemons carry
    # our private SLURM_CONF in their environment (nothing else does).
    if [ -n "${SLURM_CONF:-}" ]; then
        for f in $(env -u SLURM_CONF grep -lsxzF "SLURM_CONF=$SLURM_CONF" /proc/[0-9]*/environ); do
            p=${f#/proc/}; p=${p%/environ}
            [ "$p" != $$ ] && kill -9 "$p" 2>/dev/null && log "killed leftover process $p"
        done
    fi
    if [ -n "$TMP" ] && [ -d "$TMP" ]; then
        if [ "${KEEP_TMP:-0}" = 1 ]; then log "kept temp dir $TMP"; else rm -rf "$TMP"; fi
    fi
}

finish() {  # finish PASS|FAIL: tear down, print the summary line, exit
    teardown
    log "total time: $((SECONDS - T_START)) s"
    if [ "$1" = PASS ]; then
        echo "slurm cluster test: 1 passed, 0 failed"
        exit 0
    fi
    echo "slurm cluster test: 0 passed, 1 failed"
    exit 1
}

fail() { echo "FAIL: $*"; dump_logs; finish FAIL; }

# On any other exit (signal, unexpected error) still clean up and report.
on_exit() {
    local rc=$?
    trap - EXIT INT TERM
    [ $TORN_DOWN = 1 ] && exit $rc
    echo "FAIL: interrupted or unexpected exit (status $rc)"
    finish FAIL
}
trap on_exit EXIT
trap 'exit 130' INT TERM

[ -x "$DOCPIPE_BIN" ] || fail "docpipe binary not found: $DOCPIPE_BIN (set DOCPIPE_BIN)"
[ -f "$PIPELINE" ] || fail "pipeline not found: $PIPELINE (set PIPELINE)"
DOCPIPE_BIN="$(cd "$(dirname "$DOCPIPE_BIN")" && pwd)/$(basename "$DOCPIPE_BIN")"
PIPELINE="$(cd "$(dirname "$PIPELINE")" && pwd)/$(basename "$PIPELINE")"
"$DOCPIPE_BIN" validate "$PIPELINE" || fail "pipeline does not validate: $PIPELINE"

# --- 1. packages --------------------------------------------------------------
need_install=0
for b in munged slurmctld slurmd sbatch squeue sinfo scontrol scancel; do
    command -v "$b" >/dev/null 2>&1 || need_install=1
done
if [ $need_install = 1 ]; then
    log "installing slurm-wlm munge"
    export DEBIAN_FRONTEND=noninteractive
    apt_install() { apt-get install -y -qq --no-install-recommends slurm-wlm munge >"$1" 2>&1; }
    if ! apt_install /tmp/slurm-test-apt.$$.log; then
        log "apt-get install failed; running apt-get update and retrying"
        apt-get update -qq >/dev/null 2>&1 || true
        apt_install /tmp/slurm-test-apt.$$.log || { tail -n 30 /tmp/slurm-test-apt.$$.log; rm -f /tmp/slurm-test-apt.$$.log; fail "apt-get install slurm-wlm munge failed"; }
    fi
    rm -f /tmp/slurm-test-apt.$$.log
fi
log "slurm $(dpkg-query -W -f='${Version}' slurmctld 2>/dev/null), munge $(dpkg-query -W -f='${Version}' munge 2>/dev/null)"

# --- 2. temp dir, munge -------------------------------------------------------
TMP="$(mktemp -d /tmp/docpipe-slurm-test.XXXXXX)"
chmod 0700 "$TMP"
mkdir -m 0700 "$TMP/munge" "$TMP/slurm" "$TMP/slurm/state" "$TMP/slurm/spool"
MUNGE_KEY="$TMP/munge/munge.key"
MUNGE_SOCK="$TMP/munge/munge.socket"

if command -v mungekey >/dev/null 2>&1; then
    mungekey --create --keyfile="$MUNGE_KEY" >/dev/null 2>&1 || true
fi
[ -s "$MUNGE_KEY" ] || dd if=/dev/urandom of="$MUNGE_KEY" bs=1 count=1024 status=none
chmod 0400 "$MUNGE_KEY"

munged --foreground --force \
    --socket="$MUNGE_SOCK" --key-file="$MUNGE_KEY" \
    --pid-file="$TMP/munge/munged.pid" --log-file="$TMP/munge/munged.log" \
    --seed-file="$TMP/munge/munged.seed" >>"$TMP/munge/munged.out" 2>&1 &
PIDS+=($!)
for _ in $(seq 50); do [ -S "$MUNGE_SOCK" ] && break; sleep 0.1; done
[ -S "$MUNGE_SOCK" ] || fail "munged did not start"
munge --socket="$MUNGE_SOCK" -n | unmunge --socket="$MUNGE_SOCK" >/dev/null 2>&1 \
    || fail "munge credential round trip failed"

# --- 3. slurm.conf, slurmctld, slurmd ----------------------------------------
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
CTLD_PORT=16817
while ! port_free $CTLD_PORT || ! port_free $((CTLD_PORT + 1)); do
    CTLD_PORT=$((CTLD_PORT + 2))
    [ $CTLD_PORT -lt 16900 ] || fail "no free port pair in 16817-16900"
done
SLURMD_PORT=$((CTLD_PORT + 1))

export SLURM_CONF="$TMP/slurm/slurm.conf"
S="$TMP/slurm"
cat >"$SLURM_CONF" <<EOF
# Throw-away single-node cluster for scripts/slurm_cluster_test.sh
ClusterName=docpipetest
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$MUNGE_SOCK
CredType=cred/munge
StateSaveLocation=$S/state
SlurmdSpoolDir=$S/spool
SlurmctldPidFile=$S/slurmctld.pid
SlurmdPidFile=$S/slurmd.pid
SlurmctldLogFile=$S/slurmctld.log
SlurmdLogFile=$S/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SwitchType=switch/none
MpiDefault=none
JobCompType=jobcomp/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
DependencyParameters=kill_invalid_depend
MailProg=/bin/true
ReturnToService=2
SchedulerType=sched/backfill
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF

slurmctld -D -c -f "$SLURM_CONF" >>"$S/slurmctld.out" 2>&1 &
PIDS+=($!)
slurmd -D -N localhost -f "$SLURM_CONF" >>"$S/slurmd.out" 2>&1 &
PIDS+=($!)

state=""
for _ in $(seq 60); do
    state="$(sinfo -h -n localhost -o %T 2>/dev/null | head -n1)"
    [ "$state" = idle ] && break
    for pid in "${PIDS[@]}"; do
        kill -0 "$pid" 2>/dev/null || { fail "a daemon (pid $pid) exited during start-up"; }
    done
    sleep 0.5
done
[ "$state" = idle ] || { scontrol show node localhost 2>&1; fail "node not idle after 30 s (state: '${state:-none}')"; }
T_SETUP=$((SECONDS - T_START))
log "cluster up (ports $CTLD_PORT/$SLURMD_PORT, $(nproc) CPUs), setup took ${T_SETUP} s"

# --- 4. single-machine reference ---------------------------------------------
t=$SECONDS
"$DOCPIPE_BIN" run "$PIPELINE" --output "$TMP/single" --no-cache --quiet \
    || fail "single-machine run failed (exit $?)"
log "single-machine run took $((SECONDS - t)) s"

# --- 5. sharded run on the cluster -------------------------------------------
t=$SECONDS
submit_out="$("$DOCPIPE_BIN" slurm "$PIPELINE" --shards "$SHARDS" --output "$TMP/sharded" \
    --binary "$DOCPIPE_BIN" 2>&1)" || { echo "$submit_out"; fail "docpipe slurm failed"; }
echo "$submit_out"
ARRAY_ID="$(sed -n 's/.*array job \([0-9][0-9]*\).*/\1/p' <<<"$submit_out" | head -n1)"
MERGE_ID="$(sed -n 's/.*merge job \([0-9][0-9]*\).*/\1/p' <<<"$submit_out" | head -n1)"
[ -n "$ARRAY_ID" ] && [ -n "$MERGE_ID" ] || fail "could not parse job ids from: $submit_out"
JOB_IDS=("$ARRAY_ID" "$MERGE_ID")
log "array job $ARRAY_ID, merge job $MERGE_ID"

# Poll until neither job is pending/running (squeue's default state filter);
# stop early if the merge job can never run.
deadline=$((SECONDS + 300))
active="(squeue not answering)"
while :; do
    for pid in "${PIDS[@]}"; do
        kill -0 "$pid" 2>/dev/null || fail "a daemon (pid $pid) died while the jobs ran"
    done
    if active="$(timeout 10 squeue -h -j "$ARRAY_ID,$MERGE_ID" -o '%i %T %r' 2>&1)"; then
        [ -z "$active" ] && break
        grep -q DependencyNeverSatisfied <<<"$active" && { echo "$active"; fail "merge job can never run (a shard failed)"; }
    fi
    [ $SECONDS -lt $deadline ] || { echo "$active"; fail "jobs not finished after 300 s"; }
    sleep 1
done
T_CLUSTER=$((SECONDS - t))
JOB_IDS=()
echo "job states:"
squeue -h -t all -j "$ARRAY_ID,$MERGE_ID" -o '  %i %T %M' 2>/dev/null
merge_state="$(scontrol show job "$MERGE_ID" 2>/dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p')"
log "sharded run on the cluster took ${T_CLUSTER} s (merge job state: ${merge_state:-unknown})"

# --- 6. compare ----------------------------------------------------------------
ok=1
[ "$merge_state" = COMPLETED ] || { echo "FAIL: merge job state ${merge_state:-unknown}, expected COMPLETED"; ok=0; }
[ -f "$TMP/sharded/run.json" ] || { echo "FAIL: $TMP/sharded/run.json missing"; ok=0; }
nfiles=0
while IFS= read -r -d '' f; do
    rel="${f#"$TMP/single/"}"
    nfiles=$((nfiles + 1))
    if [ ! -f "$TMP/sharded/$rel" ]; then
        echo "FAIL: $rel missing from the sharded output"; ok=0
    elif cmp -s "$f" "$TMP/sharded/$rel"; then
        echo "PASS: $rel identical"
    else
        echo "FAIL: $rel differs"; cmp "$f" "$TMP/sharded/$rel"; ok=0
    fi
done < <(cd "$TMP/single" && find . \( -path ./shards -o -path ./slurm -o -path ./.docpipe \) -prune \
            -o -type f ! -path ./run.json -print0 | sort -z | sed -z "s|^\./|$TMP/single/|")
[ $nfiles -gt 0 ] || { echo "FAIL: the single-machine run wrote no output files"; ok=0; }

log "timings: setup ${T_SETUP} s, cluster run ${T_CLUSTER} s, total $((SECONDS - T_START)) s"
if [ $ok = 1 ]; then
    echo "PASS: $nfiles file(s) of the $SHARDS-shard Slurm run (array $ARRAY_ID, merge $MERGE_ID) match the single-machine run"
    finish PASS
fi
dump_logs
finish FAIL
