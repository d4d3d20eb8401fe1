#!/usr/bin/env bash
# Runs the JMH benchmarks of benchmarks/ (all, or those matching the arguments' regex), e.g.
#   scripts/jmh.sh PredictorBenchmark
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=find-jdk.sh
. "$root/scripts/find-jdk.sh"
nas_find_jdk
cd "$root"
mvn -q -B -DskipTests -pl benchmarks -am package dependency:build-classpath \
    -Dmdep.outputFile="$root/benchmarks/target/classpath.txt" >/dev/null
cp="benchmarks/target/classes:nas-engine/target/classes:nas-core/target/classes:agent-api/target/classes:latency-agent/target/classes:$(cat benchmarks/target/classpath.txt)"
export OPT_OUT_TRACKING=true
exec "$JAVA_HOME/bin/java" -DOPT_OUT_TRACKING=true -Dai.djl.offline=true -Dnas.home="$root" \
    -cp "$cp" org.openjdk.jmh.Main -jvmArgs "-Dnas.home=$root" "$@"
