#!/usr/bin/env bash
# Start-up of the launcher against a bare JVM on the same Java (issue 13, item 5): the median wall time (and the
# median CPU time, user + system) of N runs of `./costfit recommend profiles/chat-api.yaml` and of `java Hello`,
# interleaved so that both see the same machine. Run it with the Java to measure first on the PATH:
#   bench/startup.sh [N=10]
#   PATH=/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH bench/startup.sh
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-10}"
cd "$here"
. bench/lib.sh
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("Hello"); } }\n' \
  >"$work/Hello.java"
javac -d "$work" "$work/Hello.java"
./costfit recommend profiles/chat-api.yaml >/dev/null # builds the jar and the archive if needed
for i in $(seq "$runs"); do
  /usr/bin/time -a -o "$work/costfit.times" -f "%e %U %S" ./costfit recommend profiles/chat-api.yaml >/dev/null
  /usr/bin/time -a -o "$work/hello.times" -f "%e %U %S" java -cp "$work" Hello >/dev/null
done
wall_costfit="$(awk '{print $1}' "$work/costfit.times" | median)"
wall_hello="$(awk '{print $1}' "$work/hello.times" | median)"
cpu_costfit="$(awk '{print $2 + $3}' "$work/costfit.times" | median)"
cpu_hello="$(awk '{print $2 + $3}' "$work/hello.times" | median)"
echo "$(java -version 2>&1 | head -1); $runs runs each; load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "costfit recommend profiles/chat-api.yaml: median wall ${wall_costfit} s, CPU ${cpu_costfit} s"
echo "java Hello:                               median wall ${wall_hello} s, CPU ${cpu_hello} s"
awk -v a="$wall_costfit" -v b="$wall_hello" -v c="$cpu_costfit" -v d="$cpu_hello" \
  'BEGIN {printf "ratio: %.1fx wall, %.1fx CPU\n", a / b, c / d}'
