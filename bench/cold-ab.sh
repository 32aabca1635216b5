#!/usr/bin/env bash
# Cold start of two jars, interleaved so machine load falls on both alike: the same topic question from bundled
# content (no table, no AWS SDK call), plus a free question as the first request on the new jar.
# Usage: bench/cold-ab.sh OLD_JAR [RUNS]   (e.g. a jar built from an older commit in a git worktree; default 7 runs)
# Needs: JDK 17+, GNU time (/usr/bin/time). Prints medians of start→response, CPU and peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."

OLD=${1:?usage: bench/cold-ab.sh OLD_JAR [RUNS]}
RUNS=${2:-7}
source bench/lib.sh
[[ -f $JAR ]] || mvn -B -q package -DskipTests
OUT=target/bench/ab
rm -rf "$OUT" && mkdir -p "$OUT/old" "$OUT/new"
javac -nowarn -d "$OUT/old" -cp "$OLD" bench/src/org/relapseguide/bench/OneRequest.java
javac -nowarn -d "$OUT/new" -cp "$JAR" bench/src/org/relapseguide/bench/OneRequest.java
export AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench LOG_LEVEL=INFO \
  SKILL_ID=amzn1.ask.skill.00000000-0000-4000-8000-000000000000
unset CONTENT_TABLE USERS_TABLE

# One fresh JVM: prints "wall_ms cpu_ms rss_kb".
cold() {
  local jar=$1 classes=$2 event=$3 expect=$4 start user sys rss
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S %M' -o "$OUT/time.txt" java "${JVM_FLAGS[@]}" -cp "$jar:$classes" \
    org.relapseguide.bench.OneRequest "$start" org.relapseguide.RelapseGuideStreamHandler "$event" \
    > "$OUT/one.txt" 2>> "$OUT/skill.log"
  grep -q "$expect" "$OUT/one.txt" || { echo "unexpected answer from $jar:" >&2; cat "$OUT/one.txt" >&2; exit 1; }
  read -r user sys rss < "$OUT/time.txt"
  echo "$(sed -n 's/^response_ms=//p' "$OUT/one.txt") $(echo "($user + $sys) * 1000" | bc) $rss"
}
median() { awk -v c="$1" '{print $c}' "$2" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

cold "$OLD" "$OUT/old" events/topic-blinatumomab.json Blinatumomab > /dev/null # disk cache
: > "$OUT/old.txt"; : > "$OUT/new.txt"; : > "$OUT/question.txt"
for _ in $(seq "$RUNS"); do
  cold "$OLD" "$OUT/old" events/topic-blinatumomab.json Blinatumomab >> "$OUT/old.txt"
  cold "$JAR" "$OUT/new" events/topic-blinatumomab.json Blinatumomab >> "$OUT/new.txt"
  cold "$JAR" "$OUT/new" events/question-why.json speak >> "$OUT/question.txt"
done
printf 'Cold start, bundled content, median of %s interleaved fresh JVMs each (%s):\n' "$RUNS" "${JVM_FLAGS[*]}"
printf '  %-40s %10s %8s %8s\n' "" "wall ms" "CPU ms" "RSS MB"
for row in "old:topic question, $OLD" "new:topic question, $JAR" "question:free question, $JAR"; do
  file=${row%%:*}
  printf '  %-40s %10.0f %8.0f %8.1f\n' "${row#*:}" "$(median 1 "$OUT/$file.txt")" "$(median 2 "$OUT/$file.txt")" \
    "$(echo "$(median 3 "$OUT/$file.txt")/1024" | bc -l)"
done
printf 'Machine: %s cores; load average %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
