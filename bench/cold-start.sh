#!/usr/bin/env bash
# Cold-start and warm-request figures for the Lambda handler, against a local DynamoDB-API server (dynalite).
# Usage: bench/cold-start.sh [RUNS]   (RUNS fresh JVMs per skill, default 7; medians are printed)
# Needs: JDK 17+, Maven, Node.js, GNU time (/usr/bin/time; Debian: apt-get install time). No AWS account.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-7}
# JAR, OUT, TABLE, USERS, JVM_FLAGS and the dynalite and table set-up shared with bench/profile.sh.
source bench/lib.sh

[[ -x /usr/bin/time ]] || { echo "GNU time is needed at /usr/bin/time (Debian: apt-get install time)" >&2; exit 1; }
bench_prerequisites

rm -rf "$OUT" && mkdir -p "$OUT/classes" "$OUT/counting"
bench_compile
cp -r bench/resources/. "$OUT/counting/"

start_dynalite "$OUT/dynalite.log"
export_skill_env
load_content "$OUT/load.log"
# For the as-deployed row only: the headline rows run without USERS_TABLE.
create_users_table

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# One fresh JVM: prints "wall_ms cpu_ms rss_kb" for the given handler class and event.
cold() {
  local class=$1 event=$2 expect=$3 start
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S %M' -o "$OUT/time.txt" \
    java "${JVM_FLAGS[@]}" -cp "$JAR:$OUT/classes" org.relapseguide.bench.OneRequest "$start" "$class" "$event" \
    > "$OUT/one.txt" 2>> "$OUT/skill.log"
  grep -q "$expect" "$OUT/one.txt" || { echo "unexpected answer from $class:" >&2; cat "$OUT/one.txt" >&2; exit 1; }
  local wall user sys rss
  wall=$(sed -n 's/^response_ms=//p' "$OUT/one.txt")
  read -r user sys rss < "$OUT/time.txt"
  echo "$wall $(echo "($user + $sys) * 1000" | bc) $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

: > "$OUT/skill.txt"; : > "$OUT/minimal.txt"; : > "$OUT/bundled.txt"; : > "$OUT/deployed.txt"; : > "$OUT/sdk.txt"
cold org.relapseguide.RelapseGuideStreamHandler events/topic-blinatumomab.json Blinatumomab > /dev/null # disk cache
for _ in $(seq "$RUNS"); do
  cold org.relapseguide.RelapseGuideStreamHandler events/topic-blinatumomab.json Blinatumomab >> "$OUT/skill.txt"
  cold org.relapseguide.bench.MinimalSkillHandler events/launch.json Hello >> "$OUT/minimal.txt"
  # For comparison only: the same skill without CONTENT_TABLE (content bundled in the jar, no AWS SDK call).
  CONTENT_TABLE= cold org.relapseguide.RelapseGuideStreamHandler events/topic-blinatumomab.json Blinatumomab \
    >> "$OUT/bundled.txt"
  # For comparison only: as template.yaml deploys it, with the users table and texting on (an SNS client is built
  # at initialization; a topic question makes no SNS call, and the endpoint is an unused loopback port regardless).
  USERS_TABLE=$USERS SMS_ORIGINATION_IDENTITY=+18885550100 AWS_ENDPOINT_URL_SNS=http://127.0.0.1:9 \
    cold org.relapseguide.RelapseGuideStreamHandler events/topic-blinatumomab.json Blinatumomab >> "$OUT/deployed.txt"
  # For comparison only: the AWS SDK's part alone (the skill's DynamoDB client and its two cold-start reads).
  cold org.relapseguide.bench.SdkAloneHandler events/launch.json items= >> "$OUT/sdk.txt"
done

# SnapStart: the first real request after initialization, unprimed and after the hooks primed the JVM.
first() {
  java "${JVM_FLAGS[@]}" -cp "$JAR:$OUT/classes" org.relapseguide.bench.FirstRequest "$1" events/topic-blinatumomab.json \
    > "$OUT/first.txt" 2>> "$OUT/skill.log"
  grep -q Blinatumomab "$OUT/first.txt" || { echo "unexpected first answer:" >&2; cat "$OUT/first.txt" >&2; exit 1; }
  echo "$(sed -n 's/^first_request_ms=//p' "$OUT/first.txt") $(sed -n 's/^first_request_cpu_ms=//p' "$OUT/first.txt")"
}
: > "$OUT/unprimed.txt"; : > "$OUT/primed.txt"
for _ in $(seq "$RUNS"); do
  first unprimed >> "$OUT/unprimed.txt"
  first primed >> "$OUT/primed.txt"
done

col() { awk -v c="$1" '{print $c}' "$2" | median; }
S_WALL=$(col 1 "$OUT/skill.txt"); S_CPU=$(col 2 "$OUT/skill.txt"); S_RSS=$(col 3 "$OUT/skill.txt")
M_WALL=$(col 1 "$OUT/minimal.txt"); M_CPU=$(col 2 "$OUT/minimal.txt"); M_RSS=$(col 3 "$OUT/minimal.txt")
B_WALL=$(col 1 "$OUT/bundled.txt"); B_CPU=$(col 2 "$OUT/bundled.txt"); B_RSS=$(col 3 "$OUT/bundled.txt")
D_WALL=$(col 1 "$OUT/deployed.txt"); D_CPU=$(col 2 "$OUT/deployed.txt"); D_RSS=$(col 3 "$OUT/deployed.txt")
A_WALL=$(col 1 "$OUT/sdk.txt"); A_CPU=$(col 2 "$OUT/sdk.txt"); A_RSS=$(col 3 "$OUT/sdk.txt")

java "${JVM_FLAGS[@]}" -cp "$JAR:$OUT/classes:$OUT/counting" org.relapseguide.bench.Warm \
  org.relapseguide.RelapseGuideStreamHandler events/topic-blinatumomab.json 20000 10000 Blinatumomab \
  > "$OUT/warm.txt" 2> /dev/null
warm() { sed -n "s/^$1=//p" "$OUT/warm.txt"; }

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
JAR_BYTES=$(stat -c %s "$JAR")

printf '\nCold start, median of %s fresh JVMs each (%s):\n' "$RUNS" "${JVM_FLAGS[*]}"
printf '  %-44s %10s %10s %14s\n' "" "start→response ms" "CPU ms" "peak RSS MB"
printf '  %-44s %10.0f %10.0f %14.1f\n' "Relapse Guide: topic question, content table" "$S_WALL" "$S_CPU" "$(echo "$S_RSS/1024" | bc -l)"
printf '  %-44s %10.0f %10.0f %14.1f\n' "minimal ASK SDK skill: LaunchRequest" "$M_WALL" "$M_CPU" "$(echo "$M_RSS/1024" | bc -l)"
printf '  %-44s %10.2f %10.2f   (targets: 1.5 and 1.8)\n' "ratio" "$(echo "$S_WALL/$M_WALL" | bc -l)" "$(echo "$S_CPU/$M_CPU" | bc -l)"
printf '  %-44s %10.0f %10.0f %14.1f   (ratio %.2f, %.2f)\n' "for comparison: no table, bundled content" "$B_WALL" "$B_CPU" \
  "$(echo "$B_RSS/1024" | bc -l)" "$(echo "$B_WALL/$M_WALL" | bc -l)" "$(echo "$B_CPU/$M_CPU" | bc -l)"
printf '  %-44s %10.0f %10.0f %14.1f   (ratio %.2f, %.2f)\n' "for comparison: as deployed, users + texting" "$D_WALL" "$D_CPU" \
  "$(echo "$D_RSS/1024" | bc -l)" "$(echo "$D_WALL/$M_WALL" | bc -l)" "$(echo "$D_CPU/$M_CPU" | bc -l)"
printf '  %-44s %10.0f %10.0f %14.1f   (ratio %.2f, %.2f)\n' "for comparison: AWS SDK alone, no skill" "$A_WALL" "$A_CPU" \
  "$(echo "$A_RSS/1024" | bc -l)" "$(echo "$A_WALL/$M_WALL" | bc -l)" "$(echo "$A_CPU/$M_CPU" | bc -l)"
printf 'SnapStart, first real request after initialization (median of %s): unprimed %.0f ms (%.0f ms CPU), primed %.1f ms (%.1f ms CPU)\n' \
  "$RUNS" "$(col 1 "$OUT/unprimed.txt")" "$(col 2 "$OUT/unprimed.txt")" "$(col 1 "$OUT/primed.txt")" "$(col 2 "$OUT/primed.txt")"
printf 'Warm, %s requests after 20000 warm-up: p50 %s µs, p99 %s µs (targets 50 and 500), DynamoDB calls %s (must be 0)\n' \
  "$(warm warm_requests)" "$(warm warm_p50_us)" "$(warm warm_p99_us)" "$(warm warm_aws_calls)"
printf 'Jar: %s bytes = %.2f MB (budget 13 MB, held by PackagedJarIT)\n' "$JAR_BYTES" "$(echo "$JAR_BYTES/1000000" | bc -l)"
printf 'Machine: %s cores; load average %s before, %s after\n' "$(nproc)" "$LOAD_BEFORE" "$LOAD_AFTER"
