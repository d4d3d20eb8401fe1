package io.jnas.agent;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** What the host is: CPU model, cores, memory; and the hardware id derived from them. */
public final class HostInfo {

    private static final Pattern HARDWARE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private HostInfo() {
    }

    /**
     * The CPU model: {@code model name} of {@code /proc/cpuinfo} on x86, the board model of
     * {@code /proc/device-tree/model} on ARM boards such as Jetsons (whose cpuinfo has no model
     * name), else the JVM's architecture name.
     */
    public static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not readable: fall through
        }
        try {
            // device-tree strings end with a NUL byte
            return new String(Files.readAllBytes(Path.of("/proc/device-tree/model")),
                    StandardCharsets.UTF_8).replace("\0", "").trim();
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }

    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static long physicalMemoryBytes() {
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return Runtime.getRuntime().maxMemory();
    }

    /**
     * A stable id for "this kind of device measuring this way": device, CPU or GPU model,
     * engine and version, threads; e.g. {@code cpu-intel-xeon-processor-pytorch-2-7-1-t1}.
     * Two hosts with the same id share a lookup table. Trademark signs and clock speeds are
     * dropped (the model number already names the part).
     */
    public static String hardwareId(String device, String model, String engine,
            String engineVersion, int threads) {
        // restricted ATen kernels time differently: their measurements must not share a table
        String aten = System.getenv("ATEN_CPU_CAPABILITY");
        return hardwareId(device, model, engine, engineVersion, threads,
                aten == null || aten.isBlank() ? "" : aten);
    }

    /** As above, for a process whose ATen kernels are {@code atenKernels} ("" for the full set). */
    public static String hardwareId(String device, String model, String engine,
            String engineVersion, int threads, String atenKernels) {
        String m = model.replaceAll("(?i)\\((r|tm)\\)", " ")
                .replaceAll("(?i)@\\s*[0-9.]+\\s*[gm]hz", " ")
                .replaceAll("(?i)\\bcpu\\b", " ");
        String kernels = atenKernels.isEmpty() ? "" : "-aten-" + atenKernels;
        return sanitize(device + "-" + m + "-" + engine + "-" + engineVersion + "-t" + threads
                + kernels);
    }

    /** Lower case, runs of anything but [a-z0-9] become one dash, at most 100 characters. */
    static String sanitize(String s) {
        String id = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        id = id.length() > 100 ? id.substring(0, 100).replaceAll("-+$", "") : id;
        return id.isEmpty() ? "unknown" : id;
    }

    static boolean isValidHardwareId(String id) {
        return HARDWARE_ID.matcher(id).matches();
    }
}
