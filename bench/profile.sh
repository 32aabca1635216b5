#!/usr/bin/env bash
# A CPU profile of one cold start of the Lambda handler, with async-profiler, against a local DynamoDB-API server
# (dynalite): the headline configuration of bench/cold-start.sh (content table only, Lambda's JVM flags), answering
# events/topic-blinatumomab.json. Prints CPU samples per thread group, the skill's and its libraries' costliest frames
# and a few named buckets; leaves the collapsed stacks at target/bench/profile.collapsed for a flame-graph tool.
# Usage: bench/profile.sh [deployed]   (deployed: also USERS_TABLE and SMS_ORIGINATION_IDENTITY, as template.yaml)
# Needs: JDK 17+, Maven (fetches tools.profiler:async-profiler:4.1), Node.js, python3, Linux x64 or arm64.
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=${1:-headline}
[[ $MODE == headline || $MODE == deployed ]] || { echo "usage: bench/profile.sh [deployed]" >&2; exit 2; }
# JAR, OUT, TABLE, USERS, JVM_FLAGS and the dynalite and table set-up shared with bench/cold-start.sh.
source bench/lib.sh
AP_VERSION=4.1
INTERVAL=500us
COLLAPSED=$OUT/profile.collapsed

case $(uname -m) in
  x86_64 | amd64) AP_PLATFORM=linux-x64 ;;
  aarch64 | arm64) AP_PLATFORM=linux-arm64 ;;
  *) echo "async-profiler's jar has no library for $(uname -s) $(uname -m)" >&2; exit 1 ;;
esac
command -v python3 > /dev/null || { echo "python3 is needed for the report" >&2; exit 1; }
bench_prerequisites

# Not cleaned: bench/cold-start.sh's figures in $OUT stay (it cleans $OUT itself, this profile included).
mkdir -p "$OUT"
bench_compile

# From Maven Central into the local repository (run outside the project, so its pom.xml plays no part).
AP_JAR=$HOME/.m2/repository/tools/profiler/async-profiler/$AP_VERSION/async-profiler-$AP_VERSION.jar
[[ -f $AP_JAR ]] || (cd "$OUT" && mvn -B -q dependency:get -Dartifact=tools.profiler:async-profiler:$AP_VERSION)
[[ -f $AP_JAR ]] || { echo "async-profiler $AP_VERSION not found at $AP_JAR" >&2; exit 1; }
AGENT=$PWD/$OUT/libasyncProfiler.so
python3 -c 'import shutil, sys, zipfile
with zipfile.ZipFile(sys.argv[1]).open(sys.argv[2]) as so, open(sys.argv[3], "wb") as out: shutil.copyfileobj(so, out)' \
  "$AP_JAR" "$AP_PLATFORM/libasyncProfiler.so" "$AGENT"

start_dynalite "$OUT/profile-dynalite.log"
export_skill_env
load_content "$OUT/profile-load.log"
if [[ $MODE == deployed ]]; then
  create_users_table
  export USERS_TABLE=$USERS SMS_ORIGINATION_IDENTITY=+18885550100 AWS_ENDPOINT_URL_SNS=http://127.0.0.1:9
fi

# One fresh JVM answering the topic question, with the given extra JVM options; the answer is checked.
one() {
  java "${JVM_FLAGS[@]}" "$@" -cp "$JAR:$OUT/classes" org.relapseguide.bench.OneRequest "$(date +%s%N)" \
    org.relapseguide.RelapseGuideStreamHandler events/topic-blinatumomab.json \
    > "$OUT/profile-one.txt" 2> "$OUT/profile-skill.log" && grep -q Blinatumomab "$OUT/profile-one.txt"
}
one || { echo "unexpected answer:" >&2; cat "$OUT/profile-one.txt" "$OUT/profile-skill.log" >&2; exit 1; } # disk cache

# Hardware CPU samples where perf events are permitted, else (or if they fail) the interval timer.
profiled() {
  rm -f "$COLLAPSED"
  one "-agentpath:$AGENT=start,event=$1,interval=$INTERVAL,threads,file=$PWD/$COLLAPSED,collapsed" \
    && [[ -s $COLLAPSED ]] && ! grep -qiE 'perf.?events? (are )?(not )?(unavailable|available)|perf_event_open' "$OUT/profile-skill.log"
}
EVENT=cpu
PARANOID=$(cat /proc/sys/kernel/perf_event_paranoid 2> /dev/null || echo 3)
if ! { [[ $PARANOID -le 2 ]] && profiled cpu; }; then
  EVENT=itimer
  profiled itimer || { echo "profiling failed:" >&2; cat "$OUT/profile-one.txt" "$OUT/profile-skill.log" >&2; exit 1; }
fi

printf '\nCPU profile of one cold start (%s; %s): async-profiler %s, event=%s, interval=%s\n' \
  "$MODE" "${JVM_FLAGS[*]}" "$AP_VERSION" "$EVENT" "$INTERVAL"
printf 'start→response %.0f ms (one run, profiled: slower than unprofiled)\n' \
  "$(sed -n 's/^response_ms=//p' "$OUT/profile-one.txt")"
python3 - "$COLLAPSED" "$INTERVAL" << 'EOF'
import collections, re, sys

path, interval = sys.argv[1], sys.argv[2]
ms_per_sample = float(interval[:-2]) / 1000 if interval.endswith("us") else float(interval[:-2])
stacks = []  # (thread, frames, samples)
for line in open(path):
    stack, _, count = line.rstrip("\n").rpartition(" ")
    frames = stack.split(";")
    thread = re.sub(r"^\[(.*?)(?: tid=\d+)?\]$", r"\1", frames[0]) if frames[0].startswith("[") else "?"
    stacks.append((thread, frames[1:] if frames[0].startswith("[") else frames, int(count)))
total = sum(n for _, _, n in stacks)
if not total:
    sys.exit("no samples in " + path)

def show(label, samples, width=58):
    print(f"  {label:<{width}} {samples:6d} {100 * samples / total:6.1f}%  ~{samples * ms_per_sample:5.0f} ms")

def group(thread):
    if thread in ("DestroyJavaVM", "main"):
        return "main thread (DestroyJavaVM)"
    if thread in ("dynamodb-client", "content-prefetch"):
        return thread
    if thread.startswith("C1 Compiler"):  # "C1 CompilerThre": Linux keeps 15 characters of a native thread's name
        return "C1 compiler threads"
    return "other"

print(f"\n(a) CPU samples per thread group ({total} samples, ~{total * ms_per_sample:.0f} ms CPU):")
groups = collections.Counter()
others = collections.Counter()
for thread, _, n in stacks:
    groups[group(thread)] += n
    if group(thread) == "other":
        others[re.sub(r"\d+$", "#", thread)] += n
for name in ("main thread (DestroyJavaVM)", "dynamodb-client", "content-prefetch", "C1 compiler threads", "other"):
    show(name, groups[name])
if others:
    print("      other: " + ", ".join(f"{t} {n}" for t, n in others.most_common(6)))

inclusive = collections.Counter()
for _, frames, n in stacks:
    for frame in set(frames):
        inclusive[frame] += n

print("\n(b) Top 15 frames of the skill and its libraries, by inclusive samples (all threads):")
ours = re.compile(r"awssdk|relapseguide|com/amazon/ask/|jackson")
for frame, n in [(f, n) for f, n in inclusive.most_common() if ours.search(f)][:15]:
    show(frame if len(frame) <= 90 else "..." + frame[-87:], n, 90)

print("\n(c) Named buckets, by inclusive samples (all threads):")
buckets = [
    ("handler construction", "org/relapseguide/RelapseGuideStreamHandler.<init>"),
    ("answering the request", "com/amazon/ask/SkillStreamHandler.handleRequest"),
    ("class loading", "java/lang/ClassLoader.loadClass"),
    ("lambda linking", "MethodHandleNatives.linkCallSite"),
    ("JIT", "CompileBroker::compiler_thread_loop"),
    ("TLS context set-up", "UrlConnectionHttpClient.getSslContext"),
    ("DynamoDB endpoint rules", "DefaultDynamoDbEndpointProvider.resolveEndpoint"),
    ("request deserialization", "JacksonJsonUnmarshaller.unmarshall"),
    ("SNS client, as deployed", "software/amazon/awssdk/services/sns/"),
]
for label, needle in buckets:
    show(f"{label} ({needle})", sum(n for _, frames, n in stacks if any(needle in f for f in frames)), 96)
print(f"\nCollapsed stacks: {path} (e.g. FlameGraph's flamegraph.pl, or speedscope)")
EOF
