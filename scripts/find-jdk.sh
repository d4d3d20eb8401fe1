# shellcheck shell=bash
# Finds a JDK >= 21 and exports JAVA_HOME (and puts its bin first on PATH).
# Sourced by ./nas, ./test and .ci/run so the three agree on the JDK they use.
#
# Order: $JAVA_HOME, then `java` on PATH, then the usual JDK folders (highest version first).
# A candidate counts only if its `java -version` reports major >= NAS_MIN_JAVA and it has javac
# (Maven compiles with it). Prints the folders it tried and returns 1 when none fits.

NAS_MIN_JAVA=${NAS_MIN_JAVA:-21}

# Major version of the java launcher in $1/bin, or nothing when it does not run.
nas_java_major() {
    local v
    v=$("$1/bin/java" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}') || return 1
    [ -n "$v" ] || return 1
    case "$v" in
        1.*) v=${v#1.}; echo "${v%%.*}" ;;   # 1.8.0_402 -> 8
        *) v=${v%%[.+-]*}; echo "$v" ;;      # 25.0.1 -> 25, 21-ea -> 21
    esac
}

# True when $1 is a JDK home of a recent enough version.
nas_jdk_fits() {
    local home=$1 major
    [ -n "$home" ] && [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
    major=$(nas_java_major "$home") || return 1
    [ -n "$major" ] && [ "$major" -ge "$NAS_MIN_JAVA" ] 2>/dev/null || return 1
    NAS_JAVA_MAJOR=$major
}

nas_find_jdk() {
    local tried=() home java_bin
    if [ -n "${JAVA_HOME:-}" ]; then
        tried+=("JAVA_HOME=$JAVA_HOME")
        if nas_jdk_fits "$JAVA_HOME"; then
            nas_use_jdk "$JAVA_HOME"
            return 0
        fi
    fi
    if java_bin=$(command -v java 2>/dev/null); then
        home=$(dirname "$(dirname "$(readlink -f "$java_bin")")")
        tried+=("java on PATH ($home)")
        if nas_jdk_fits "$home"; then
            nas_use_jdk "$home"
            return 0
        fi
    fi
    # Usual folders: Debian/Ubuntu, RPM distros, containers, SDKMAN, macOS. Newest first.
    local candidates=() dir
    for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/*jdk* \
               "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
               /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [ -d "$dir" ] && [ ! -L "$dir" ] && candidates+=("$dir")
    done
    local best="" best_major=0
    for dir in "${candidates[@]}"; do
        tried+=("$dir")
        if nas_jdk_fits "$dir" && [ "$NAS_JAVA_MAJOR" -gt "$best_major" ]; then
            best=$dir
            best_major=$NAS_JAVA_MAJOR
        fi
    done
    if [ -n "$best" ]; then
        NAS_JAVA_MAJOR=$best_major
        nas_use_jdk "$best"
        return 0
    fi
    {
        echo "nas: needs a JDK >= $NAS_MIN_JAVA (java and javac), but found none. Tried:"
        local t
        for t in "${tried[@]}"; do echo "  $t"; done
        echo "Install one (e.g. Temurin 21+) and set JAVA_HOME to its folder."
    } >&2
    return 1
}

nas_use_jdk() {
    export JAVA_HOME=$1
    export NAS_JAVA_MAJOR
    case ":$PATH:" in
        *":$JAVA_HOME/bin:"*) ;;
        *) export PATH="$JAVA_HOME/bin:$PATH" ;;
    esac
    # Maven 3.8's bundled guava touches sun.misc.Unsafe; JDK 23+ warns on every build unless
    # told that this is allowed. Older JDKs reject the flag, so add it only where it exists.
    if [ "$NAS_JAVA_MAJOR" -ge 23 ]; then
        case "${MAVEN_OPTS:-}" in
            *sun-misc-unsafe-memory-access*) ;;
            *) export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow" ;;
        esac
    fi
}
