#!/usr/bin/env bash
# Steady load on the packaged function over loopback, with wrk.
#   load/run.sh [duration-seconds] [connections] [body.json]
# Defaults: 30 s, 8 connections, samples/seed-article.json (an ~8 KB article). Starts
# target/quarkus-app/quarkus-run.jar on a free 127.0.0.1 port (builds it if missing), warms it up for 10 s, measures,
# reports throughput, latency percentiles, errors (must be 0) and the server's RSS before and after, then stops it.
# Exit status: non-zero if any request failed or did not get a 200.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-30}"
CONNECTIONS="${2:-8}"
BODY="$(realpath "${3:-samples/seed-article.json}")"
THREADS="${LOAD_THREADS:-2}"
JAR=target/quarkus-app/quarkus-run.jar

if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk not found: installing it (Debian package)" >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
fi
if [ ! -f "$JAR" ]; then
  ./mvnw -B -q package -DskipTests
fi

PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
URL="http://127.0.0.1:${PORT}/score"
LOG="$(mktemp -t claimscore-load.XXXXXX.log)"
# A fixed, pre-touched heap: RSS then only grows if something outside the heap leaks (threads, buffers, metaspace),
# and the heap in use after a full GC (jcmd) shows whether retained objects grow.
JAVA_OPTS="${LOAD_JAVA_OPTS:--Xms512m -Xmx512m -XX:+AlwaysPreTouch}"
java $JAVA_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$JAR" >"$LOG" 2>&1 &
SERVER=$!
stop() { kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true; }
trap stop EXIT

for _ in $(seq 1 120); do
  if curl -s -o /dev/null -H 'Content-Type: application/json' --data @"$BODY" "$URL"; then break; fi
  if ! kill -0 "$SERVER" 2>/dev/null; then echo "server exited; log: $LOG" >&2; cat "$LOG" >&2; exit 1; fi
  sleep 0.5
done
status="$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data @"$BODY" "$URL")"
[ "$status" = 200 ] || { echo "the body does not score (HTTP $status)" >&2; exit 1; }

rss() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$SERVER/status"; }
# Heap in use after a full GC, in MB ("?" without jcmd).
heap() {
  command -v jcmd >/dev/null 2>&1 || { echo "?"; return; }
  jcmd "$SERVER" GC.run >/dev/null 2>&1
  jcmd "$SERVER" GC.heap_info 2>/dev/null | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K,?/, "", v); printf "%.0f", v / 1024; exit}}'
}
export CLAIMSCORE_BODY="$BODY"

echo "server pid $SERVER on $URL, body $(wc -c <"$BODY") bytes; RSS after start $(rss) MB"
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s load/post.lua "$URL" >/dev/null
HEAP_BEFORE="$(heap)"
RSS_BEFORE="$(rss)"
echo "warm-up 10 s done; RSS before $RSS_BEFORE MB, heap after GC $HEAP_BEFORE MB"
echo "--- steady load: ${DURATION} s, ${CONNECTIONS} connections, ${THREADS} wrk threads"
OUT="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s -s load/post.lua "$URL")"
echo "$OUT" | sed -n '/^requests/,$p'
HEAP_AFTER="$(heap)"
RSS_AFTER="$(rss)"
echo "RSS before $RSS_BEFORE MB, after $RSS_AFTER MB (growth $((RSS_AFTER - RSS_BEFORE)) MB); heap after GC before $HEAP_BEFORE MB, after $HEAP_AFTER MB"
if grep -qiE 'ERROR|Exception' "$LOG"; then echo "server log has errors: $LOG" >&2; fi

errors="$(echo "$OUT" | awk -F'[ ,]+' '/^errors:/ {print $3 + $5 + $7 + $9 + $11}')"
non2xx="$(echo "$OUT" | awk '/Non-2xx/ {print $NF}')"
if [ "${errors:-1}" != 0 ] || [ -n "$non2xx" ]; then
  echo "FAILED: $errors errors, ${non2xx:-0} non-2xx responses" >&2
  exit 1
fi
echo "OK: 0 errors"
