package io.jnas.calibrate;

import io.jnas.agent.HostInfo;
import io.jnas.arch.OpKey;
import io.jnas.latency.Calibration;
import io.jnas.model.DjlRuntime;
import io.jnas.space.SearchSpace;
import io.jnas.space.SpaceFileWriter;
import io.jnas.space.SpaceKeys;
import io.jnas.table.LookupTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lookup table of this machine's CPU for a space: the committed one when it holds every key
 * of the space, otherwise measured now and calibrated. This is what lets the main job run with no
 * server started by hand.
 *
 * <p>The measuring happens in a child JVM running {@code nas tables build}: a search process may
 * run ATen's restricted CPU kernels for reproducible training (see the launcher), and a table
 * must be timed with the kernels a deployment uses. The child runs the command line by class
 * name ({@code io.jnas.cli.NasCommand}, module nas-cli) on this JVM's class path, so it works in
 * the application that composes this library with the agent, not in nas-engine alone.
 */
public final class LocalTable {

    private static final Map<String, Resolved> RESOLVED = new ConcurrentHashMap<>();

    private LocalTable() {
    }

    /** The local CPU's hardware id, table and calibration. */
    public record Resolved(String hardwareId, LookupTable table, Optional<Calibration> calibration) {
    }

    /** The hardware id an agent on this CPU reports (one thread, full kernels). */
    public static String hardwareId() {
        return HostInfo.hardwareId("cpu", HostInfo.cpuModel(), "pytorch",
                DjlRuntime.engine().getVersion(), Math.max(1, DjlRuntime.threads()), "");
    }

    /** As {@link #resolve}, once per JVM for a space and folder (a bench runs many searches). */
    public static Resolved ensure(SearchSpace space, Path tablesDir, PrintWriter out) {
        String key = tablesDir.toAbsolutePath().normalize() + "|" + space.hash();
        return RESOLVED.computeIfAbsent(key, k -> resolve(space, tablesDir, out));
    }

    private static Resolved resolve(SearchSpace space, Path tablesDir, PrintWriter out) {
        String hw = hardwareId();
        Path file = LookupTable.fileOf(tablesDir, hw);
        List<OpKey> keys = SpaceKeys.all(space);
        if (!Files.exists(file) || !keys.stream().allMatch(LookupTable.load(file)::contains)) {
            out.printf("No complete lookup table of %s for %s in %s: measuring it now (about a"
                    + " minute; it is kept for later runs)%n", hw, space.name(), tablesDir);
            out.flush();
            buildInChild(space, tablesDir);
        }
        Path cal = Calibration.fileOf(tablesDir, hw);
        return new Resolved(hw, LookupTable.load(file),
                Files.exists(cal) ? Optional.of(Calibration.load(cal)) : Optional.empty());
    }

    private static void buildInChild(SearchSpace space, Path tablesDir) {
        try {
            Path spaceFile = Files.createTempFile("jnas-space-", ".yaml");
            try {
                Files.writeString(spaceFile, SpaceFileWriter.toYaml(space));
                // the child gets this JVM's flags (native access, Unsafe, logging): no warnings
                List<String> cmd = new ArrayList<>();
                cmd.add(ProcessHandle.current().info().command().orElse("java"));
                cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
                cmd.addAll(List.of("-DOPT_OUT_TRACKING=true", "-Dai.djl.offline=true",
                        "-cp", System.getProperty("java.class.path"), "io.jnas.cli.NasCommand",
                        "tables", "build", "--space", spaceFile.toString(), "--tables-dir",
                        tablesDir.toString(), "--resume"));
                ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
                pb.environment().remove("ATEN_CPU_CAPABILITY");
                pb.environment().put("OPT_OUT_TRACKING", "true");
                int exit = pb.start().waitFor();
                if (exit != 0) {
                    throw new IllegalStateException("measuring the table of this CPU failed (exit "
                            + exit + "); run `./nas tables build --space <space>` to see why");
                }
            } finally {
                Files.deleteIfExists(spaceFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the table build", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring the table of this CPU");
        }
    }
}
