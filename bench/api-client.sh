#!/usr/bin/env bash
# Cold-start cost of the ApiClient candidates for the Customer Profile API lookup (ask-sdk-core ships none):
#   urlconn  org.relapseguide.sms.UrlConnectionApiClient on HttpURLConnection (what the skill uses)
#   javanet  bench/api-client/JavaNetHttpApiClient on java.net.http.HttpClient (measured, not chosen)
#   apache   com.amazon.ask.services.ApacheHttpApiClient from ask-sdk-apache-client on httpclient 4.5 (not chosen)
# Each run is a fresh JVM with Lambda's flags doing one lookup through the SDK's UpsServiceClient to a loopback stub.
# Prints medians over RUNS runs of each (interleaved), classes loaded, and what the Apache client adds to the jar.
# Usage: bench/api-client.sh            (RUNS=11 by default; needs JDK 17+, Maven; no network beyond Maven Central)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-11}
FLAGS=(-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
OUT="$PWD/bench/out/api-client"
rm -rf "$OUT" && mkdir -p "$OUT/classes"

{
  mvn -q -B -DskipTests package
  mvn -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$OUT/base.cp"
  mvn -q -B -f bench/api-client/pom.xml dependency:build-classpath -Dmdep.outputFile="$OUT/apache.cp"
} > "$OUT/maven.log" 2>&1 || { cat "$OUT/maven.log"; exit 1; }
BASE="target/classes:$(cat "$OUT/base.cp")"
# The jars the Apache client brings whose artifact the skill does not already have (in any version).
artifact() { sed -E 's|/[^/]+/[^/]+$||'; }
tr ':' '\n' < "$OUT/base.cp" | artifact | sort -u > "$OUT/base.artifacts"
: > "$OUT/added.jars"
while read -r jar; do
  grep -qxF "$(echo "$jar" | artifact)" "$OUT/base.artifacts" || echo "$jar" >> "$OUT/added.jars"
done < <(tr ':' '\n' < "$OUT/apache.cp")
ADDED=$(paste -sd: "$OUT/added.jars")

javac -nowarn -d "$OUT/classes" -cp "$BASE:$ADDED" bench/api-client/*.java

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java bench/api-client/ProfileApiStub.java "$PORT" > "$OUT/stub.log" 2>&1 &
STUB=$!
trap 'kill $STUB 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do grep -q listening "$OUT/stub.log" 2>/dev/null && break; sleep 0.1; done
ENDPOINT="http://127.0.0.1:$PORT"

run() { # variant main-class classpath
  local t0 t1 line
  t0=$(date +%s%N)
  line=$(java "${FLAGS[@]}" -cp "$3" "$2" "$ENDPOINT")
  t1=$(date +%s%N)
  echo "$1 $(( (t1 - t0) / 1000000 )) $line" >> "$OUT/runs.txt"
}
# One unmeasured round first, to warm the OS file cache.
java "${FLAGS[@]}" -cp "$OUT/classes:$BASE" UrlConnectionColdStart "$ENDPOINT" > /dev/null
java "${FLAGS[@]}" -cp "$OUT/classes:$BASE" JavaNetHttpColdStart "$ENDPOINT" > /dev/null
java "${FLAGS[@]}" -cp "$OUT/classes:$BASE:$ADDED" ApacheColdStart "$ENDPOINT" > /dev/null
for _ in $(seq 1 "$RUNS"); do
  run urlconn UrlConnectionColdStart "$OUT/classes:$BASE"
  run javanet JavaNetHttpColdStart "$OUT/classes:$BASE"
  run apache ApacheColdStart "$OUT/classes:$BASE:$ADDED"
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "ApiClient cold start: one Customer Profile lookup in a fresh JVM (${FLAGS[*]}), median of $RUNS runs"
printf '%-8s %14s %14s %14s %16s\n' client "process ms" "client init ms" "first call ms" "classes loaded"
for v in urlconn javanet apache; do
  printf '%-8s %14s %14s %14s %16s\n' "$v" \
    "$(awk -v v=$v '$1==v {print $2}' "$OUT/runs.txt" | median)" \
    "$(awk -v v=$v '$1==v {print $3}' "$OUT/runs.txt" | median)" \
    "$(awk -v v=$v '$1==v {print $4}' "$OUT/runs.txt" | median)" \
    "$(awk -v v=$v '$1==v {print $5}' "$OUT/runs.txt" | median)"
done
BYTES=0; CLASSES=0
while read -r jar; do
  BYTES=$(( BYTES + $(stat -c %s "$jar") ))
  CLASSES=$(( CLASSES + $(unzip -l "$jar" | grep -c '\.class$') ))
done < "$OUT/added.jars"
echo "apache adds to the jar: $(wc -l < "$OUT/added.jars") jars, $BYTES bytes compressed, $CLASSES classes:"
sed 's|.*/||; s|^|  |' "$OUT/added.jars"
echo "urlconn and javanet add no jar; the skill jar is $(stat -c %s target/relapse-guide.jar) bytes"
