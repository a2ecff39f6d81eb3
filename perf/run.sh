#!/usr/bin/env bash
# Runs every performance check of issue 7 and writes the figures to perf/target/results/:
#   1. JMH: digestkit vs ROME vs a bare StAX pass over the same bytes, with the gc profiler
#   2. memory: a 200,000-record OAI-PMH harvest at -Xmx64m, a 2,000-entry API page at -Xmx32m
#   3. end to end: a 36-source digest against WireMock with 150 ms latency, wall time vs the floor
# Extra arguments go to JMH (e.g. a benchmark regex). JMH_OPTS overrides the defaults (two forks:
# single runs on a shared 2-core machine moved ratios by up to 30%).
set -euo pipefail
cd "$(dirname "$0")/.."
JMH_OPTS=${JMH_OPTS:-"-f 2 -wi 5 -i 8 -w 1s -r 1s"}
OUT=perf/target/results
JAR=perf/target/benchmarks.jar

mvn -q -B -ntp -pl perf -am package -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip -Pbenchmarks
mkdir -p "$OUT"

echo "== 1. JMH ($JMH_OPTS -prof gc)"
# shellcheck disable=SC2086
java -jar "$JAR" $JMH_OPTS -prof gc -rf json -rff "$OUT/jmh.json" "$@" > "$OUT/jmh.log"
java -cp "$JAR" dev.digestkit.perf.report.JmhReport "$OUT/jmh.json" "$OUT/jmh.md"
uptime | sed 's/^/machine load after JMH: /'

status=0
echo "== 2. memory"
java -Xmx64m -Xlog:gc:file="$OUT/harvest-gc.log" -cp "$JAR" dev.digestkit.perf.memory.HarvestMemoryCheck \
  | tee "$OUT/harvest.txt" || status=1
java -Xmx32m -Xlog:gc:file="$OUT/api-page-gc.log" -cp "$JAR" dev.digestkit.perf.memory.ApiPageMemoryCheck \
  | tee "$OUT/api-page.txt" || status=1
# headroom: the same page at three quarters of the issue's limit, and streamed through ArxivClient
java -Xmx24m -cp "$JAR" dev.digestkit.perf.memory.ApiPageMemoryCheck | tee "$OUT/api-page-24m.txt" || status=1
java -Xmx20m -cp "$JAR" dev.digestkit.perf.memory.ApiPageMemoryCheck client | tee "$OUT/api-page-client-20m.txt" || status=1

echo "== 3. end-to-end digest"
java -cp "$JAR" dev.digestkit.perf.e2e.DigestWallTime | tee "$OUT/digest.txt" || status=1

echo "== results in $OUT (a check that missed its goal exits non-zero)"
exit $status
