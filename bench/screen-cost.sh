#!/usr/bin/env bash
# What the Echo Show screens cost a cold start: the Lambda handler built from a base commit (before the screens) and
# from this checkout, each in fresh JVMs with Lambda's flags and the content bundled in the jar (no table, so the
# skill's own work is most of the figure and a difference shows), answering a topic question; and, on this checkout,
# the first request from an Echo Show after initialization, unprimed and primed by the SnapStart hooks.
# Usage: bench/screen-cost.sh [BASE_REF] [RUNS]   (default: the commit before the first screen commit, 9 runs)
# Needs: JDK 17+, Maven (offline is fine), GNU time (/usr/bin/time). Prints medians in milliseconds: wall-clock
# from process start to the response, and the process's CPU time (steadier than wall-clock on a busy machine).
set -euo pipefail
cd "$(dirname "$0")/.."

BASE_REF=${1:-$(git log --format=%H --reverse -S'interface Screen' -- src/main/java/org/relapseguide/voice/Screen.java | head -1)~1}
RUNS=${2:-9}
OUT=target/bench-screens
JVM_FLAGS=(-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

rm -rf "$OUT" && mkdir -p "$OUT/base-src" "$OUT/base-classes" "$OUT/classes"
[[ -f target/relapse-guide.jar ]] || mvn -B -q package -DskipTests
git archive "$BASE_REF" | tar -x -C "$OUT/base-src"
(cd "$OUT/base-src" && mvn -B -q -o package -DskipTests -Dspotless.check.skip=true)
BASE_JAR=$OUT/base-src/target/relapse-guide.jar
JAR=target/relapse-guide.jar
javac -nowarn -d "$OUT/base-classes" -cp "$BASE_JAR" $(find bench/src -name '*.java')
javac -nowarn -d "$OUT/classes" -cp "$JAR" $(find bench/src -name '*.java')

export SKILL_ID=amzn1.ask.skill.00000000-0000-4000-8000-000000000000 LOG_LEVEL=WARN AWS_REGION=us-east-1
unset CONTENT_TABLE USERS_TABLE SMS_ORIGINATION_IDENTITY

cold() { # jar classes event -> "wall_ms cpu_ms": process start to response, and the process's user+sys CPU
  local wall
  wall=$(/usr/bin/time -f '%U %S' -o "$OUT/time.txt" java "${JVM_FLAGS[@]}" -cp "$1:$2" \
    org.relapseguide.bench.OneRequest "$(date +%s%N)" org.relapseguide.RelapseGuideStreamHandler "$3" 2>/dev/null \
    | sed -n 's/^response_ms=//p')
  echo "$wall $(awk '{print ($1 + $2) * 1000}' "$OUT/time.txt")"
}
first() { # primed|unprimed event -> ms of the first request after initialization
  java "${JVM_FLAGS[@]}" -cp "$JAR:$OUT/classes" org.relapseguide.bench.FirstRequest "$1" "$2" 2>/dev/null \
    | sed -n 's/^first_request_ms=//p'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
col() { awk -v c="$1" '{print $c}' "$2" | median; }

cold "$JAR" "$OUT/classes" events/topic-blinatumomab.json > /dev/null # disk cache
for _ in $(seq "$RUNS"); do
  cold "$BASE_JAR" "$OUT/base-classes" events/topic-blinatumomab.json >> "$OUT/base.txt"
  cold "$JAR" "$OUT/classes" events/topic-blinatumomab.json >> "$OUT/voice.txt"
  cold "$BASE_JAR" "$OUT/base-classes" events/screen-topic-blinatumomab.json >> "$OUT/base-show.txt"
  cold "$JAR" "$OUT/classes" events/screen-topic-blinatumomab.json >> "$OUT/show.txt"
  first unprimed events/screen-topic-blinatumomab.json >> "$OUT/unprimed.txt"
  first primed events/screen-topic-blinatumomab.json >> "$OUT/primed.txt"
done

echo "Cold start, median of $RUNS fresh JVMs, base $(git rev-parse --short "$BASE_REF") vs this checkout (ms):"
printf '  %-56s %9s %9s\n' "" "wall" "CPU"
row() { printf '  %-56s %9.0f %9.0f\n' "$1" "$(col 1 "$2")" "$(col 2 "$2")"; }
row "base, a topic question without a screen" "$OUT/base.txt"
row "this checkout, the same question without a screen" "$OUT/voice.txt"
row "base, the question from an Echo Show (no screen sent)" "$OUT/base-show.txt"
row "this checkout, from an Echo Show (with its screen)" "$OUT/show.txt"
echo "First request from an Echo Show after initialization, this checkout (ms):"
printf '  %-56s %9.1f\n' "unprimed" "$(median < "$OUT/unprimed.txt")"
printf '  %-56s %9.1f\n' "primed by the SnapStart hooks" "$(median < "$OUT/primed.txt")"
