#!/usr/bin/env bash
# Warm cost of reading a free question in the Lambda path: every row of the evaluation set, as Alexa would send it,
# read by the understander, each call timed; p50, p99 (target: 1 ms) and the slowest. No servers needed.
# Usage: [JAR=other.jar] bench/understanding.sh [LOCALE] [ROUNDS]   (default en-US, 50 rounds over the set)
set -euo pipefail
cd "$(dirname "$0")/.."

LOCALE=${1:-en-US}
ROUNDS=${2:-50}
source bench/lib.sh
[[ -f $JAR ]] || mvn -B -q package -DskipTests
rm -rf "$OUT/understand" && mkdir -p "$OUT/understand"
javac -nowarn -d "$OUT/understand" -cp "$JAR" bench/src/org/relapseguide/bench/Understand.java
java "${JVM_FLAGS[@]}" -cp "$JAR:$OUT/understand" org.relapseguide.bench.Understand "nlu/$LOCALE.tsv" "$LOCALE" "$ROUNDS" \
  | tee "$OUT/understand/result.txt"
printf 'Machine: %s cores; load average %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
