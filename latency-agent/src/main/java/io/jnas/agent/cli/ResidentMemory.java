package io.jnas.agent.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's resident set size, from {@code /proc/self/status} (Linux only). */
final class ResidentMemory {

    private ResidentMemory() {
    }

    /** VmRSS in bytes, or -1 where the kernel does not tell. */
    static long bytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    String kb = line.substring(6).trim().split("\\s+")[0];
                    return Long.parseLong(kb) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    /** Java heap in use after a collection, for telling heap growth from native growth. */
    static long heapUsedBytes() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    static String mib(long bytes) {
        return bytes < 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f MiB",
                bytes / (double) (1L << 20));
    }
}
