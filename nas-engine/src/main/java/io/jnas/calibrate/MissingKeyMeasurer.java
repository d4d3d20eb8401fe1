package io.jnas.calibrate;

import static java.util.Objects.requireNonNull;

import io.jnas.arch.OpKey;
import io.jnas.fleet.Fleet;
import io.jnas.fleet.FleetAgent;
import io.jnas.fleet.FleetConnector;
import io.jnas.fleet.FleetFile;
import io.jnas.fleet.HardwareGroup;
import io.jnas.fleet.MeasureSettings;
import io.jnas.table.LatencyEntry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code nas search --measure-missing}: a block key that a device's table lacks is timed on an
 * agent of that hardware id in a fleet file, when the search first needs it, instead of failing
 * the run. The fleet is opened on the first missing key and closed with the JVM.
 *
 * <pre>{@code
 * Function<OpKey, Optional<LatencyEntry>> m = new MissingKeyMeasurer(fleet, out).forHardware(hw);
 * LookupTablePredictor p = LookupTablePredictor.of(table, calibration, m);
 * }</pre>
 */
public final class MissingKeyMeasurer {

    private final Path fleet;
    private final PrintWriter out;
    private List<HardwareGroup> groups;

    public MissingKeyMeasurer(Path fleet, PrintWriter out) {
        this.fleet = requireNonNull(fleet, "fleet");
        this.out = requireNonNull(out, "out");
    }

    /** The on-missing hook of one hardware id's predictor. */
    public Function<OpKey, Optional<LatencyEntry>> forHardware(String hardwareId) {
        return key -> measure(hardwareId, key);
    }

    private synchronized Optional<LatencyEntry> measure(String hardwareId, OpKey key) {
        if (groups == null) {
            List<FleetAgent> agents = FleetConnector.standard().openAll(FleetFile.load(fleet));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> agents.forEach(FleetAgent::close)));
            groups = Fleet.group(agents).groups();
        }
        Optional<HardwareGroup> g = groups.stream()
                .filter(x -> x.hardwareId().equals(hardwareId)).findFirst();
        if (g.isEmpty()) {
            throw new IllegalArgumentException("--measure-missing: no agent of " + fleet
                    + " has hardware id " + hardwareId + " (key " + key + " is missing from its"
                    + " table); list one in the fleet file or build the table");
        }
        List<LatencyEntry> got = new ArrayList<>();
        g.get().agents().get(0).profileOps(List.of(key), MeasureSettings.defaults(), got::add);
        got.stream().findFirst().ifPresent(e -> {
            out.printf(Locale.ROOT, "measured missing key %s on %s: %.4f ms (p10 %.4f, p90 %.4f)%n",
                    key, hardwareId, e.medianMs(), e.p10Ms(), e.p90Ms());
            out.flush();
        });
        return got.stream().findFirst();
    }
}
