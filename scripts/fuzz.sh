#!/usr/bin/env bash
# Builds the libFuzzer targets (-sanitize=fuzzer,address) and runs each for FUZZ_SECONDS
# (default 60) from its seed corpus. Crashes are written to Tests/FuzzRegressions/TARGET/ and
# replayed by `make test` (FuzzRegressionTests). Prints executions per target. The format targets
# (pdf, docx, odt, epub, email) start from Tests/FuzzSeeds/FORMAT; `pdf` runs poppler per input, so
# it makes far fewer executions per second than the in-process ones.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-"yaml jsonl clean segment extract command pdf docx odt epub email"}
swift build -c release --product DocPipeFuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld --scratch-path .build-fuzz >&2
bin=.build-fuzz/release/DocPipeFuzz
for target in $targets; do
  work=.build-fuzz/corpus/$target
  mkdir -p "$work" "Tests/FuzzRegressions/$target"
  seeds="Tests/FuzzSeeds/$target"
  [ "$target" = clean ] || [ "$target" = segment ] || [ "$target" = extract ] && extra=corpus/kazakhstan-2022 || extra=
  log=$(mktemp)
  set +e
  FUZZ_TARGET=$target "$bin" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="Tests/FuzzRegressions/$target/" "$work" "$seeds" $extra >"$log" 2>&1
  status=$?
  set -e
  execs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || true)
  [ -n "$execs" ] || execs=$(grep -Eo '^#[0-9]+' "$log" | tail -1 | tr -d '#')
  echo "fuzz $target: ${execs:-0} executions in ${seconds}s, exit $status"
  if [ $status -ne 0 ]; then grep -E "ERROR|property violated|Fatal error" "$log" | head -5; fi
  rm -f "$log"
done
