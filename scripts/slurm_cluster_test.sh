#!/usr/bin/env bash
# slurm_cluster_test.sh - end-to-end test of `docpipe slurm` on a real,
# throw-away Slurm cluster on this machine.
#
# Installs slurm-wlm + munge with apt-get if missing, starts munged, slurmctld
# and slurmd by hand (no systemd) with every file (key, sockets, conf, state,
# spool, logs) in a fresh temp dir, submits a job array + merge job with
# `docpipe slurm`, and checks the merged output is byte-identical to a
# single-machine `docpipe run`. Nothing in /etc is touched; the daemons it
# started are stopped by PID and the temp dir removed on exit.
#
# With NODES=1 (default) the one node is 127.0.0.1. With NODES=N>1 each node is
# a network namespace of its own (a veth pair on a private bridge, 10.77.x.y),
# running its own slurmd; the shared file system is this machine's. Once a
# shard task runs, one node is killed outright (its slurmd, slurmstepd and the
# task, every process in its namespace): Slurm must mark the node down and
# requeue the task on a live node, and the merged result must still be
# byte-identical to the single-machine run. INPUT_DOCS (default 120) generated
# documents (scripts/gen_batch.py) are the input then, so tasks last long
# enough to be caught running.
#
# Needs root (otherwise prints SKIP and exits 0). Environment:
#   DOCPIPE_BIN  docpipe binary (default <repo>/.build/release/docpipe, then
#                <repo>/.build/debug/docpipe)
#   PIPELINE     pipeline file (default <repo>/pipelines/kazakhstan.yaml)
#   SHARDS       number of shards (default 4; 6 with NODES>1)
#   NODES        number of Slurm nodes (default 1)
#   INPUT_DOCS   generated documents for the multi-node run (default 120)
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
NODES="${NODES:-1}"
if [ "$NODES" -gt 1 ]; then SHARDS="${SHARDS:-6}"; else SHARDS="${SHARDS:-4}"; fi
INPUT_DOCS="${INPUT_DOCS:-120}"
NETNS=()       # network namespaces we made (multi-node mode)
BRIDGE=""
KILLED_NODE=""
export PATH="$PATH:/usr/sbin:/sbin"

T_START=$SECONDS
TMP=""
PIDS=()        # daemons we started, in start order
JOB_IDS=()     # slurm jobs we submitted (cancelled on exit if still there)

log() { echo "[slurm-test $(date -u +%H:%M:%S)] $*"; }

dump_logs() {
    [ -n "$TMP" ] || return 0
    local f
    for f in "$TMP"/munge/munged.out "$TMP"/slurm/slurmctld.out "$TMP"/slurm/slurmctld.log \
             "$TMP"/slurm/slurmd*.out "$TMP"/sharded/slurm/*.log; do
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
    local i f p ns
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
    for ns in "${NETNS[@]}"; do
        for p in $(ip netns pids "$ns" 2>/dev/null); do kill -9 "$p" 2>/dev/null; done
        ip netns delete "$ns" 2>/dev/null || true
    done
    [ -n "$BRIDGE" ] && ip link delete "$BRIDGE" 2>/dev/null
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

# Nodes: 127.0.0.1 alone, or one network namespace per node on a private bridge.
NODE_NAMES=()
NODE_LINES=""
if [ "$NODES" -gt 1 ]; then
    command -v ip >/dev/null 2>&1 || fail "multi-node mode needs iproute2 (ip)"
    NET="10.77.$(($$ % 250))"
    CTL_ADDR="$NET.1"
    BRIDGE="dpbr$$"
    ip link add "$BRIDGE" type bridge 2>/dev/null || { BRIDGE=""; fail "cannot create a bridge (needs CAP_NET_ADMIN)"; }
    { ip addr add "$CTL_ADDR/24" dev "$BRIDGE" && ip link set "$BRIDGE" up; } || fail "cannot configure bridge $BRIDGE"
    for i in $(seq "$NODES"); do
        ns="dpnode$$-$i"
        ip netns add "$ns" || fail "cannot create network namespace $ns"
        NETNS+=("$ns")
        ip link add "dpv$$-$i" type veth peer name eth0 netns "$ns" || fail "cannot create a veth pair for $ns"
        ip link set "dpv$$-$i" master "$BRIDGE" up
        ip -n "$ns" addr add "$NET.$((10 + i))/24" dev eth0
        ip -n "$ns" link set eth0 up
        ip -n "$ns" link set lo up
        NODE_NAMES+=("node$i")
        NODE_LINES+="NodeName=node$i NodeAddr=$NET.$((10 + i)) CPUs=1 State=UNKNOWN"$'\n'
    done
    CTL_HOST="localhost($CTL_ADDR)"
else
    CTL_HOST="localhost(127.0.0.1)"
    NODE_NAMES=(localhost)
    NODE_LINES="NodeName=localhost NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN"$'\n'
fi
NODE_LIST="$(IFS=,; echo "${NODE_NAMES[*]}")"

cat >"$SLURM_CONF" <<EOF
# Throw-away $NODES-node cluster for scripts/slurm_cluster_test.sh
ClusterName=docpipetest
SlurmctldHost=$CTL_HOST
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$MUNGE_SOCK
CredType=cred/munge
StateSaveLocation=$S/state
SlurmdSpoolDir=$S/spool/%n
SlurmctldPidFile=$S/slurmctld.pid
SlurmdPidFile=$S/slurmd-%n.pid
SlurmctldLogFile=$S/slurmctld.log
SlurmdLogFile=$S/slurmd-%n.log
SlurmctldDebug=info
SlurmdDebug=info
SlurmdTimeout=10
SlurmdParameters=config_overrides
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
JobRequeue=1
MailProg=/bin/true
ReturnToService=2
SchedulerType=sched/backfill
${NODE_LINES}PartitionName=debug Nodes=$NODE_LIST Default=YES MaxTime=INFINITE State=UP
EOF

slurmctld -D -c -f "$SLURM_CONF" >>"$S/slurmctld.out" 2>&1 &
PIDS+=($!)
for node in "${NODE_NAMES[@]}"; do
    mkdir -m 0700 -p "$S/spool/$node"
    if [ "$NODES" -gt 1 ]; then
        nsenter --net="/run/netns/dpnode$$-${node#node}" slurmd -D -N "$node" -f "$SLURM_CONF" >>"$S/slurmd-$node.out" 2>&1 &
    else
        slurmd -D -N "$node" -f "$SLURM_CONF" >>"$S/slurmd-$node.out" 2>&1 &
    fi
    PIDS+=($!)
done

idle=0
for _ in $(seq 80); do
    idle="$(sinfo -h -N -n "$NODE_LIST" -o '%N %T' 2>/dev/null | grep -c ' idle$')"
    [ "$idle" = "$NODES" ] && break
    for pid in "${PIDS[@]}"; do
        kill -0 "$pid" 2>/dev/null || fail "a daemon (pid $pid) exited during start-up"
    done
    sleep 0.5
done
[ "$idle" = "$NODES" ] || { scontrol show node 2>&1; fail "$idle of $NODES node(s) idle after 40 s"; }
T_SETUP=$((SECONDS - T_START))
log "cluster up: $NODES node(s) ($NODE_LIST), ports $CTLD_PORT/$SLURMD_PORT, setup took ${T_SETUP} s"

# The multi-node run reads generated documents, enough for tasks to be caught running.
if [ "$NODES" -gt 1 ]; then
    python3 "$REPO/scripts/gen_batch.py" "$TMP/input" "$INPUT_DOCS" 7 >/dev/null || fail "cannot generate the input"
    sed -e "s|^input:.*|input: $TMP/input|" -e "s|^output:.*|output: $TMP/unused|" "$PIPELINE" >"$TMP/pipeline.yaml"
    PIPELINE="$TMP/pipeline.yaml"
    "$DOCPIPE_BIN" validate "$PIPELINE" || fail "the generated pipeline does not validate"
fi

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
# In multi-node mode, kill the first node seen running a shard task: every
# process in its namespace (slurmd, slurmstepd, docpipe), as a power cut would.
deadline=$((SECONDS + 300))
active="(squeue not answering)"
KILLED_PID=""
while :; do
    for pid in "${PIDS[@]}"; do
        [ "$pid" = "$KILLED_PID" ] && continue
        kill -0 "$pid" 2>/dev/null || fail "a daemon (pid $pid) died while the jobs ran"
    done
    if [ "$NODES" -gt 1 ] && [ -z "$KILLED_NODE" ]; then
        running="$(timeout 10 squeue -h -j "$ARRAY_ID" -t RUNNING -o '%i %N' 2>/dev/null | head -n1)"
        if [ -n "$running" ]; then
            KILLED_NODE="${running##* }"
            KILLED_TASK="${running%% *}"
            i=0
            for node in "${NODE_NAMES[@]}"; do [ "$node" = "$KILLED_NODE" ] && KILLED_PID="${PIDS[$((i + 2))]}"; i=$((i + 1)); done
            victims="$(ip netns pids "dpnode$$-${KILLED_NODE#node}" | tr '\n' ' ')"
            # shellcheck disable=SC2086
            kill -9 $victims 2>/dev/null
            log "killed node $KILLED_NODE while it ran task $KILLED_TASK (pids: $victims)"
        fi
    fi
    # Slurm gives a requeued job a begin time minutes ahead; an operator would start it now.
    if [ -n "$KILLED_NODE" ] && [ -z "${NUDGED:-}" ] \
        && timeout 10 squeue -h -j "$KILLED_TASK" -t PENDING -o '%r' 2>/dev/null | grep -q BeginTime; then
        scontrol update JobId="$KILLED_TASK" StartTime=now >/dev/null 2>&1 && NUDGED=1 \
            && log "task $KILLED_TASK was requeued after $KILLED_NODE went down; its begin time set to now"
    fi
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
if [ "$NODES" -gt 1 ]; then
    if [ -z "$KILLED_NODE" ]; then
        echo "FAIL: no shard task was seen running, so no node was killed (raise INPUT_DOCS)"; ok=0
    else
        node_state="$(sinfo -h -N -n "$KILLED_NODE" -o %T 2>/dev/null | head -n1)"
        restarts="$(scontrol show job "$KILLED_TASK" 2>/dev/null | sed -n 's/.*Restarts=\([0-9]*\).*/\1/p' | head -n1)"
        ran_on="$(scontrol show job "$KILLED_TASK" 2>/dev/null | sed -n 's/.*[^a-zA-Z]NodeList=\([^ ]*\).*/\1/p' | head -n1)"
        echo "killed node $KILLED_NODE is now '$node_state'; task $KILLED_TASK restarted ${restarts:-?} time(s), last on ${ran_on:-?}"
        case "$node_state" in down*) ;; *) echo "FAIL: Slurm did not mark $KILLED_NODE down"; ok=0 ;; esac
        [ "${restarts:-0}" -ge 1 ] || { echo "FAIL: task $KILLED_TASK was not requeued"; ok=0; }
        [ -n "$ran_on" ] && [ "$ran_on" != "$KILLED_NODE" ] || { echo "FAIL: task $KILLED_TASK did not finish on a live node"; ok=0; }
    fi
fi
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
