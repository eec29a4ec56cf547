#!/usr/bin/env bash
# Creates (once) the ignored virtualenv the evaluation and benchmark scripts use, with pinned peers.
# Prints the path of its python. VENV overrides the location (default: .venv at the repository root).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv=${VENV:-$root/.venv}
stamp="$venv/.requirements.sha"
want=$(sha256sum "$root/scripts/requirements-eval.txt" | cut -d' ' -f1)
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$root/scripts/requirements-eval.txt" >&2
  echo "$want" > "$stamp"
fi
echo "$venv/bin/python"
