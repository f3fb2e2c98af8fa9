#!/usr/bin/env bash
# Times `npm start` from nothing (no web build, a throwaway database) until the home page's API
# lists the demo competition, then stops it with SIGINT and checks that no Java is left behind.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-3399}"
rm -rf web/build
start=$(date +%s.%N)
setsid npm start -- --in-memory --port "$port" > /tmp/laureate-bench-start.log 2>&1 &
group=$!
until curl -sf "http://localhost:$port/api/competitions" | grep -q demo-crossborder-2027; do
  sleep 0.25
  if ! kill -0 "$group" 2>/dev/null; then cat /tmp/laureate-bench-start.log; exit 1; fi
done
ready=$(date +%s.%N)
health=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/api/health")
kill -INT -- "-$group"
sleep 3
left=$(pgrep -fc "DynamoDBLocal.jar" || true)
printf 'npm start, cold (web build included): listed after %.1f s; /api/health %s; java processes left after Ctrl-C: %s\n' \
  "$(echo "$ready - $start" | bc)" "$health" "$left"
