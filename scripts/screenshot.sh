#!/usr/bin/env bash
# Regenerates docs/screenshot.png, the README's picture: the demo post in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
port=5187
node_modules/.bin/vite --host 127.0.0.1 --port "$port" --strictPort >/dev/null 2>&1 &
server=$!
trap 'kill "$server"' EXIT
until curl -sf "http://127.0.0.1:$port/demo/" >/dev/null; do sleep 0.2; done
profile=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --force-prefers-reduced-motion --hide-scrollbars \
  --user-data-dir="$profile" --window-size=760,1040 --virtual-time-budget=5000 \
  --screenshot=docs/screenshot.png "http://127.0.0.1:$port/demo/" 2>/dev/null
rm -rf "$profile"
