#!/usr/bin/env bash
# nas: the jnas command line. Builds the project on first use (or when a pom.xml or a file under
# */src/main changed since the last build), then runs io.jnas.cli.NasCommand with "$@".
#
# The build stays inside this checkout: `mvn package` over the reactor and a class path written by
# maven-dependency-plugin, never `mvn install`, so two checkouts never overwrite each other's
# SNAPSHOT jars in ~/.m2. Build state lives in .nas-build/ (git-ignored); the Maven log of the
# last build is .nas-build/build.log.
set -euo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
STATE="$ROOT/.nas-build"
CLASSPATH_FILE="$STATE/classpath"
FINGERPRINT_FILE="$STATE/fingerprint"
MAIN_CLASSES="$ROOT/nas-cli/target/classes"

# shellcheck source=scripts/find-jdk.sh
source "$ROOT/scripts/find-jdk.sh"
nas_find_jdk || exit 1

# Every input of the build: poms, Maven settings of the project, and main sources/resources
# (name, size and modification time; deletions change it too).
fingerprint() {
    (cd "$ROOT" && find . -maxdepth 2 -name pom.xml -not -path './.nas-build/*' -printf '%p %s %T@\n'
     cd "$ROOT" && find ./*/src/main ./.mvn -type f -printf '%p %s %T@\n' 2>/dev/null) \
        | LC_ALL=C sort | sha256sum | cut -d' ' -f1
}

# True when the last build's outputs are all still there (a `mvn clean` removes them).
outputs_present() {
    [ -s "$CLASSPATH_FILE" ] && [ -d "$MAIN_CLASSES" ] || return 1
    local entry
    IFS=: read -r -a entries < "$CLASSPATH_FILE"
    for entry in "${entries[@]}"; do
        [ -e "$entry" ] || return 1
    done
}

build() {
    local log="$STATE/build.log"
    local why=$1
    echo "nas: building ($why; JDK $NAS_JAVA_MAJOR at $JAVA_HOME) ..." >&2
    if ! (cd "$ROOT" && mvn -B -q -Dstyle.color=never -DskipTests -pl nas-cli -am \
            package dependency:build-classpath \
            -Dmdep.outputFile=target/runtime.classpath -Dmdep.includeScope=runtime) \
            > "$log" 2>&1; then
        echo "nas: build failed; the last lines of $log:" >&2
        tail -n 40 "$log" >&2
        return 1
    fi
    cp "$ROOT/nas-cli/target/runtime.classpath" "$CLASSPATH_FILE.tmp"
    mv "$CLASSPATH_FILE.tmp" "$CLASSPATH_FILE"
    echo "$2" > "$FINGERPRINT_FILE.tmp"
    mv "$FINGERPRINT_FILE.tmp" "$FINGERPRINT_FILE"
}

ensure_built() {
    mkdir -p "$STATE"
    local now
    now=$(fingerprint)
    if [ "$(cat "$FINGERPRINT_FILE" 2>/dev/null)" = "$now" ] && outputs_present; then
        return 0
    fi
    if ! command -v mvn >/dev/null 2>&1; then
        echo "nas: needs Apache Maven (mvn) on PATH to build the project, but found none" >&2
        return 1
    fi
    local why="sources changed"
    if [ ! -f "$FINGERPRINT_FILE" ]; then
        why="first use"
    elif [ "$(cat "$FINGERPRINT_FILE")" = "$now" ]; then
        why="build outputs missing"
    fi
    # One build at a time per checkout; a second launcher waits, then finds it up to date.
    if command -v flock >/dev/null 2>&1; then
        exec 9> "$STATE/lock"
        flock 9
        if [ "$(cat "$FINGERPRINT_FILE" 2>/dev/null)" = "$now" ] && outputs_present; then
            return 0
        fi
    fi
    build "$why" "$now"
}

ensure_built || exit 1

export OPT_OUT_TRACKING=true   # DJL telemetry off: it must never reach the network
# Training is reproducible across processes only without ATen's vectorized CPU kernels: with them,
# the summation order follows memory alignment, so the same seed gave 0.754, 0.752 and 0.1 (a
# diverged run) for one candidate in four fresh JVMs; with "default" it gave the same accuracy
# every time, about 30% slower. Searches get it; agents and table builds measure with the fast
# kernels a deployment uses (set ATEN_CPU_CAPABILITY yourself to override either way).
case "${1:-}" in
    search|search-bench|eval-bench|supernet|worker|workers-bench) export ATEN_CPU_CAPABILITY="${ATEN_CPU_CAPABILITY:-default}" ;;
esac
# gRPC's Netty uses sun.misc.Unsafe; JDK 24+ prints a 4-line warning about it on every gRPC
# command unless told it is allowed (the option exists from JDK 23 on; older JDKs refuse it).
JVM_FLAGS=(-DOPT_OUT_TRACKING=true -Dai.djl.offline=true --enable-native-access=ALL-UNNAMED)
if [ "$NAS_JAVA_MAJOR" -ge 23 ]; then
    JVM_FLAGS+=(--sun-misc-unsafe-memory-access=allow)
fi
exec "$JAVA_HOME/bin/java" \
    "${JVM_FLAGS[@]}" \
    -Dnas.home="$ROOT" \
    ${NAS_JAVA_OPTS:-} \
    -cp "$MAIN_CLASSES:$(cat "$CLASSPATH_FILE")" \
    io.jnas.cli.NasCommand "$@"
