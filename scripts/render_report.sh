#!/usr/bin/env bash
# Renders OUTPUT/report.html in headless Chromium to a PNG and checks the PNG is real.
# Usage: scripts/render_report.sh OUTPUT_DIR [PNG_FILE] [WIDTH,HEIGHT]
# Installs Debian's chromium when it is missing (as root, or with sudo).
set -euo pipefail

output=${1:?usage: scripts/render_report.sh OUTPUT_DIR [PNG_FILE] [WIDTH,HEIGHT]}
report="$(cd "$output" && pwd)/report.html"
png=${2:-$output/report.png}
size=${3:-1280,4000}

[ -f "$report" ] || { echo "render_report: $report not found (run the pipeline with export formats including html)" >&2; exit 2; }

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    if [ "$(id -u)" = 0 ]; then sudo=; elif command -v sudo >/dev/null; then sudo=sudo; else
        echo "render_report: needs Chromium: apt-get install -y chromium (run it as root)" >&2; exit 2
    fi
    echo "render_report: installing chromium" >&2
    $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
        || { echo "render_report: could not install chromium: apt-get install -y chromium" >&2; exit 2; }
    browser=$(command -v chromium)
fi

rm -f "$png"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
    --screenshot="$png" --window-size="$size" "file://$report" >/dev/null 2>&1 || true

if [ ! -s "$png" ]; then
    echo "render_report: Chromium wrote no screenshot to $png" >&2
    exit 1
fi
bytes=$(wc -c < "$png")
if [ "$bytes" -lt 10000 ]; then
    echo "render_report: $png is only $bytes bytes; the page probably rendered blank" >&2
    exit 1
fi
echo "render_report: $png ($bytes bytes)"
