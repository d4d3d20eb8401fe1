#!/usr/bin/env bash
# Counts wrong results of the native engine per CPU-minute (io.jnas.bench.NativeFaultBench): the
# SynFlow computation repeated on fixed subnets and compared bit for bit with its first result.
#   scripts/native-faults.sh --minutes 10 --nets 40
# Environment: ATEN_CPU_CAPABILITY (default "default", as `nas search` runs), NAS_JAVA_OPTS
# (extra JVM flags, e.g. -XX:UseAVX=0), JAVA_HOME (another JDK), and whatever the natives read
# (MKL_ENABLE_INSTRUCTIONS, ONEDNN_MAX_CPU_ISA, GLIBC_TUNABLES, ...; the run's first lines name
# the ones set). NAS_NO_BUILD=1 skips the Maven build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=find-jdk.sh
. "$root/scripts/find-jdk.sh"
nas_find_jdk
cd "$root"
if [ -z "${NAS_NO_BUILD:-}" ]; then
    mvn -q -B -DskipTests -pl benchmarks -am package dependency:build-classpath \
        -Dmdep.outputFile="$root/benchmarks/target/classpath.txt" >/dev/null
fi
cp="benchmarks/target/classes:nas-engine/target/classes:nas-core/target/classes:agent-api/target/classes:latency-agent/target/classes:$(cat benchmarks/target/classpath.txt)"
export OPT_OUT_TRACKING=true
export ATEN_CPU_CAPABILITY="${ATEN_CPU_CAPABILITY:-default}"
# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" -DOPT_OUT_TRACKING=true -Dai.djl.offline=true \
    --enable-native-access=ALL-UNNAMED ${NAS_JAVA_OPTS:-} \
    -cp "$cp" io.jnas.bench.NativeFaultBench "$@"
