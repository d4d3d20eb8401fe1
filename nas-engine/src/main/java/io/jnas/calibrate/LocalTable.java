package io.jnas.calibrate;

import io.jnas.arch.OpKey;
import io.jnas.fleet.AgentEntry;
import io.jnas.fleet.BuildProgress;
import io.jnas.fleet.DeviceInfo;
import io.jnas.fleet.FleetAgent;
import io.jnas.fleet.FleetConnector;
import io.jnas.fleet.HardwareGroup;
import io.jnas.fleet.MeasureSettings;
import io.jnas.fleet.TableBuilder;
import io.jnas.latency.Calibration;
import io.jnas.space.SearchSpace;
import io.jnas.space.SpaceKeys;
import io.jnas.table.LookupTable;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The lookup table of this machine's CPU for a space: the committed one when it holds every key
 * of the space, otherwise measured now by the in-process agent (only the missing keys) and
 * calibrated. This is what lets the main job run with no server started by hand.
 */
public final class LocalTable {

    /** Calibration architectures measured when a table is built here. */
    public static final int CALIBRATION_SAMPLES = 20;

    private LocalTable() {
    }

    /** The local CPU's hardware id, table file and calibration (built when missing). */
    public record Resolved(String hardwareId, LookupTable table, Optional<Calibration> calibration) {
    }

    private static final java.util.Map<String, Resolved> RESOLVED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** As {@link #resolve}, once per JVM for a space and folder (a bench runs many searches). */
    public static Resolved ensure(SearchSpace space, Path tablesDir, PrintWriter out) {
        String key = tablesDir.toAbsolutePath().normalize() + "|" + space.hash();
        Resolved r = RESOLVED.get(key);
        if (r == null) {
            r = resolve(space, tablesDir, out);
            RESOLVED.put(key, r);
        }
        return r;
    }

    private static Resolved resolve(SearchSpace space, Path tablesDir, PrintWriter out) {
        AgentEntry entry = new AgentEntry("this-cpu", AgentEntry.LOCAL, Optional.empty(),
                Optional.empty(), Duration.ofMinutes(5));
        try (FleetAgent agent = FleetConnector.standard().open(entry)) {
            DeviceInfo d = agent.describe();
            Path file = LookupTable.fileOf(tablesDir, d.hardwareId());
            List<OpKey> keys = SpaceKeys.all(space);
            boolean complete = Files.exists(file)
                    && keys.stream().allMatch(LookupTable.load(file)::contains);
            HardwareGroup group = new HardwareGroup(d.hardwareId(), d, List.of(agent));
            Path calFile = Calibration.fileOf(tablesDir, d.hardwareId());
            if (!complete) {
                out.printf("No complete lookup table of %s for %s in %s: measuring it now with the"
                        + " in-process agent (about a minute; it is kept for later runs)%n",
                        d.hardwareId(), space.name(), tablesDir);
                out.flush();
                new TableBuilder(new TableBuilder.Options(tablesDir, true, MeasureSettings.defaults(),
                        16, 3, Duration.ofSeconds(1), BuildProgress.none()))
                        .build(group, keys, LookupTable.spaceTag(space));
                CalibrationRun.calibrate(tablesDir, group, space, CALIBRATION_SAMPLES,
                        MeasureSettings.defaults(), out);
            }
            Optional<Calibration> cal = Files.exists(calFile) ? Optional.of(Calibration.load(calFile))
                    : Optional.empty();
            return new Resolved(d.hardwareId(), LookupTable.load(file), cal);
        }
    }
}
