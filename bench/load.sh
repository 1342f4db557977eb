#!/usr/bin/env bash
# Bounded load test on loopback: the catalog page, a product page and API checkout, each measured
# in the same run as a bare endpoint of the same application (the ceiling on this machine).
# Needs wrk (apt-get install wrk), curl and python3. Results: target/bench/summary.txt
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-100}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
CARTS=${CARTS:-12000}
CHECKOUT_DURATION=${CHECKOUT_DURATION:-10s}  # each checkout uses up one prepared cart
OUT=target/bench
BASE="http://127.0.0.1:$PORT"
mkdir -p "$OUT"
rm -rf "$OUT/postgres"

./mvnw -B -q -o -DskipTests package
JAR=$(ls target/atelier-*.jar | grep -v plain | head -1)

java -Xmx1g -jar "$JAR" --server.port="$PORT" \
  --atelier.database.embedded.data-directory="$OUT/postgres" \
  --logging.level.root=WARN > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "$BASE/actuator/health/liveness" >/dev/null && break; sleep 1; done
curl -fs "$BASE/actuator/health/liveness" >/dev/null

SLUG=$(curl -fs "$BASE/api/v1/catalog/products" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["slug"])')
echo "product: $SLUG"

# Carts for checkout: each checkout consumes one cart, so they are prepared before the run.
python3 bench/prepare_carts.py "$BASE" "$SLUG" "$CARTS" > "$OUT/carts.txt"

run() { # name, url, [script]
  local name=$1 url=$2 script=${3:-}
  # warm-up, then the measured run
  [ -n "$script" ] || wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$url" > /dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency ${script:+-s "$script"} "$url" > "$OUT/$name.txt"
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/$name.txt")
  errors=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$OUT/$name.txt")
  p50=$(awk '$1=="50%" {print $2}' "$OUT/$name.txt")
  p99=$(awk '$1=="99%" {print $2}' "$OUT/$name.txt")
  echo "$name rps=$rps p50=$p50 p99=$p99 non2xx=${errors:-0}"
}

{
  run bare-health "$BASE/actuator/health/liveness"
  run bare-static "$BASE/robots.txt"
  run catalog "$BASE/"
  run product "$BASE/products/$SLUG"
  run product-uncached "$BASE/products/$SLUG?uncached"
  run bare-static-again "$BASE/robots.txt"
  CARTS_FILE="$OUT/carts.txt" WRK_THREADS="$THREADS" DURATION="$CHECKOUT_DURATION" run checkout "$BASE/api/v1/checkout" bench/checkout.lua
} | tee "$OUT/summary.txt"
