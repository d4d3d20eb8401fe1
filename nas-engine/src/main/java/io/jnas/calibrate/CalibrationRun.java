package io.jnas.calibrate;

import io.jnas.arch.Architecture;
import io.jnas.fleet.FleetAgent;
import io.jnas.fleet.HardwareGroup;
import io.jnas.fleet.MeasureSettings;
import io.jnas.latency.Calibration;
import io.jnas.latency.LookupTablePredictor;
import io.jnas.space.SearchSpace;
import io.jnas.table.LookupTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fits a table's calibration on architectures measured end to end on its hardware, and stores
 * it beside the table ({@code <hardware-id>.calibration.json}).
 */
public final class CalibrationRun {

    private CalibrationRun() {
    }

    /** Measures {@code n} random subnets on the group's first agent, fits, writes the sidecar. */
    public static Calibration calibrate(Path tablesDir, HardwareGroup group, SearchSpace space, int n,
            MeasureSettings settings, PrintWriter out) {
        List<MeasuredSample> samples = measure(tablesDir, group, space, n, settings, out);
        Calibration c = fit(samples);
        c.write(Calibration.fileOf(tablesDir, group.hardwareId()));
        out.printf(Locale.ROOT, "%s: calibrated on %d architectures: e2e = %.4f x sum %+.4f ms x"
                + " blocks %+.4f ms (R^2 %.3f) -> %s%n", group.hardwareId(), n, c.slope(),
                c.perBlockMs(), c.interceptMs(), c.r2(),
                Calibration.fileOf(tablesDir, group.hardwareId()));
        out.flush();
        return c;
    }

    /** The calibration set of a space on a group's hardware, measured end to end. */
    public static List<MeasuredSample> measure(Path tablesDir, HardwareGroup group, SearchSpace space,
            int n, MeasureSettings settings, PrintWriter out) {
        LookupTable table = LookupTable.load(LookupTable.fileOf(tablesDir, group.hardwareId()));
        LookupTablePredictor raw = LookupTablePredictor.of(table, Calibration.identity(), null);
        List<Architecture> archs = EndToEndSampler.draw(space, n, EndToEndSampler.CALIBRATION_SEED,
                Set.of(), table);
        FleetAgent agent = group.agents().get(0);
        return EndToEndSampler.measure(archs, agent, settings, raw, i -> {
            if (i % 10 == 0 || i == archs.size()) {
                out.printf("%s: %d/%d calibration architectures measured end to end%n",
                        group.hardwareId(), i, archs.size());
                out.flush();
            }
        });
    }

    public static Calibration fit(List<MeasuredSample> samples) {
        return Calibration.fit(samples.stream().map(s -> new Calibration.Sample(s.tableSumMs(),
                s.architecture().blocks().size(), s.measured().medianMs())).toList());
    }
}
