#!/usr/bin/env bash
# Encrypted ingest of a large upload against dd of the same bytes to the same disk, and the JVM
# heap while a 2 GB upload streams through. The upload goes through the real endpoint
# (POST /cart/uploads, raw body, as the product page's script sends it) into the local encrypted
# file store. Needs curl, python3 and jstat/jcmd (in the JDK). Results: target/bench/ingest/summary.txt
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
PORT=${PORT:-18081}
SIZE_MB=${SIZE_MB:-1024}          # the ingest-vs-dd file
HEAP_SIZE_MB=${HEAP_SIZE_MB:-2048} # the heap-watch file
ROUNDS=${ROUNDS:-5}
HEAP=${HEAP:--Xmx1g}
OUT=target/bench/ingest
BASE="http://127.0.0.1:$PORT"
rm -rf "$OUT"
mkdir -p "$OUT/files"

./mvnw -B -q -o -DskipTests package
JAR=$(ls target/atelier-*.jar | grep -v plain | head -1)

# An MP4 header (ftyp box) followed by random bytes: detected as video/mp4 from the content.
make_video() { # path, MiB
  python3 - "$1" <<'EOF'
import struct, sys
with open(sys.argv[1], "wb") as f:
    f.write(struct.pack(">I", 24) + b"ftypisom" + struct.pack(">I", 512) + b"isomiso2")
EOF
  head -c "$(( $2 * 1024 * 1024 - 24 ))" /dev/urandom >> "$1"
}
make_video "$OUT/video-$SIZE_MB.mp4" "$SIZE_MB"
make_video "$OUT/video-$HEAP_SIZE_MB.mp4" "$HEAP_SIZE_MB"

java $HEAP -jar "$JAR" --server.port="$PORT" \
  --atelier.database.embedded.data-directory="$OUT/postgres" \
  --atelier.uploads.store.local.directory="$OUT/files" \
  --atelier.uploads.generated-master-key-file="$OUT/master-key.json" \
  --atelier.uploads.limits.video=3GB \
  --logging.level.root=WARN > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "$BASE/actuator/health/liveness" >/dev/null && break; sleep 1; done
curl -fs "$BASE/actuator/health/liveness" >/dev/null

# A listed product with a video slot (the demo catalog has one).
read -r PRODUCT SLUG SLOT < <(curl -fs "$BASE/api/v1/catalog/products" | python3 -c '
import json, sys
for p in json.load(sys.stdin):
    for s in p.get("slots", []):
        if s["type"] == "VIDEO":
            print(p["id"], p["slug"], s["key"]); sys.exit()
sys.exit("no product with a video slot")')

# A session with its CSRF token, as the product page gives it to its script.
curl -fs -c "$OUT/cookies" -b "$OUT/cookies" "$BASE/products/$SLUG" > "$OUT/product.html"
CSRF=$(python3 -c 'import re,sys; print(re.search(r"<meta name=\"_csrf\" content=\"([^\"]+)\"", open(sys.argv[1]).read()).group(1))' "$OUT/product.html")

upload() { # file → prints seconds
  curl -fsS -o "$OUT/last-upload.json" -w '%{time_total}\n' -b "$OUT/cookies" -c "$OUT/cookies" \
    -H "X-XSRF-TOKEN: $CSRF" -H 'Accept: application/json' -H 'Content-Type: application/octet-stream' \
    -H "Expect:" -X POST -T "$1" "$BASE/cart/uploads?product=$PRODUCT&slot=$SLOT&filename=$(basename "$1")"
}
copy() { # file → prints seconds (dd to the same disk, flushed to it like the store's files; 16 MiB
  # blocks: on this VM dd with 1 MiB blocks takes three times as long, so the faster one is the bar)
  local start end
  start=$(date +%s.%N)
  dd if="$1" of="$OUT/files/dd-copy" bs=16M conv=fsync status=none
  end=$(date +%s.%N)
  rm -f "$OUT/files/dd-copy"
  python3 -c "print(round($end - $start, 3))"
}

# Warm-up (JIT), not counted. Before each measurement everything dirty is flushed (sync, not
# counted), and the copies of earlier rounds are removed, so each starts from the same disk state.
upload "$OUT/video-$SIZE_MB.mp4" > /dev/null
clean() { find "$OUT/files" -type f -size +100M -delete; sync; }
{
  echo "file: $SIZE_MB MiB; rounds: $ROUNDS (dd and upload alternate)"
  ds=(); us=()
  for round in $(seq 1 "$ROUNDS"); do
    clean; d=$(copy "$OUT/video-$SIZE_MB.mp4")
    clean; u=$(upload "$OUT/video-$SIZE_MB.mp4")
    ds+=("$d"); us+=("$u")
    python3 -c "
d, u, mb = $d, $u, $SIZE_MB
print(f'round $round: dd {d:.2f} s = {mb/d:.0f} MiB/s; upload {u:.2f} s = {mb/u:.0f} MiB/s; ratio {d/u:.2f}')"
  done
  python3 -c "
import statistics as st
d = [$(IFS=,; echo "${ds[*]}")]; u = [$(IFS=,; echo "${us[*]}")]; mb = $SIZE_MB
print(f'median: dd {mb/st.median(d):.0f} MiB/s, upload {mb/st.median(u):.0f} MiB/s, ratio {st.median(d)/st.median(u):.2f}')
print(f'best:   dd {mb/min(d):.0f} MiB/s, upload {mb/min(u):.0f} MiB/s, ratio {min(d)/min(u):.2f}')"
  stored=$(find "$OUT/files" -type f -size +100M | head -1)
  echo "a stored file starts with: $(head -c 16 "$stored" | od -An -tx1 | tr -s ' ')(no ftyp box: ciphertext)"
} | tee "$OUT/summary.txt"

# Heap while a 2 GB upload streams in: baseline after a full GC, samples every 100 ms during the
# upload, and after a full GC at the end. Used = survivor + eden + old (jstat -gc, KiB).
heap_used() { jstat -gc "$APP" | awk 'NR==2 {printf "%.0f\n", ($3+$4+$6+$8)/1024}'; }
jcmd "$APP" GC.run > /dev/null
BASELINE=$(heap_used)
jstat -gc "$APP" 100 > "$OUT/jstat.txt" &
JSTAT=$!
U=$(upload "$OUT/video-$HEAP_SIZE_MB.mp4")
kill $JSTAT
jcmd "$APP" GC.run > /dev/null
AFTER=$(heap_used)
awk -v base="$BASELINE" -v after="$AFTER" -v secs="$U" -v mb="$HEAP_SIZE_MB" '
  $1 ~ /^[0-9.]+$/ { used = ($3+$4+$6+$8)/1024; old = $8/1024; if (used > peak) peak = used; if (old > peakOld) peakOld = old; if (n == 0) firstOld = old; n++ }
  END {
    printf "heap during a %d MiB upload (%.1f s, %d samples): baseline after GC %d MiB, peak used %d MiB (+%d), old gen %d -> peak %d MiB (+%d), after GC %d MiB (+%d)\n",
      mb, secs, n, base, peak, peak - base, firstOld, peakOld, peakOld - firstOld, after, after - base
  }' "$OUT/jstat.txt" | tee -a "$OUT/summary.txt"
