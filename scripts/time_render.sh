#!/usr/bin/env bash
# Times headless Chromium drawing one HTML file to a PNG (load, layout and paint of the first
# WIDTH×HEIGHT pixels): the wall time of the whole browser process, start to exit, REPEATS times,
# each with a fresh profile; prints the median in seconds. The empty-page figure (`empty`) is the
# browser's own start and exit, the baseline to subtract.
# Usage: scripts/time_render.sh FILE|empty [REPEATS] [WIDTH,HEIGHT]
set -euo pipefail

target=${1:?usage: scripts/time_render.sh FILE|empty [REPEATS] [WIDTH,HEIGHT]}
repeats=${2:-3}
size=${3:-1280,4000}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "time_render: needs Chromium: apt-get install -y chromium" >&2; exit 2; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
if [ "$target" = empty ]; then
    printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>empty</title></head><body></body></html>\n' > "$scratch/empty.html"
    file="$scratch/empty.html"
else
    [ -f "$target" ] || { echo "time_render: $target not found" >&2; exit 2; }
    file="$(cd "$(dirname "$target")" && pwd)/$(basename "$target")"
fi

times=()
for _ in $(seq "$repeats"); do
    rm -rf "$scratch/profile" "$scratch/shot.png"
    start=$(date +%s%N)
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$scratch/profile" \
        --screenshot="$scratch/shot.png" --window-size="$size" "file://$file" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    [ -s "$scratch/shot.png" ] || { echo "time_render: Chromium drew nothing for $file" >&2; exit 1; }
    times+=("$(( (end - start) / 1000000 ))")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { printf "%.2f\n", t[int((NR + 1) / 2)] / 1000 }'
