package io.jnas.calibrate;

import io.jnas.arch.Architecture;
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
        LookupTable table = LookupTable.load(LookupTable.fileOf(tablesDir, group.hardwareId()));
        LookupTablePredictor raw = LookupTablePredictor.of(table, Calibration.identity(), null);
        RatioTimer timer = EndToEndSampler.timer(group.agents().get(0), space, table, settings);
        List<Architecture> archs = EndToEndSampler.draw(space, n, EndToEndSampler.CALIBRATION_SEED,
                Set.of(timer.reference().hash()), table);
        List<RatioMeasurement> ratios = EndToEndSampler.measure(archs, timer, raw, i -> {
            if (i % 10 == 0 || i == archs.size()) {
                out.printf("%s: %d/%d calibration architectures measured end to end%n",
                        group.hardwareId(), i, archs.size());
                out.flush();
            }
        });
        double level = timer.referenceLevelMs();
        Calibration c = fit(EndToEndSampler.inMs(ratios, level, raw))
                .withReference(timer.reference().hash(), level);
        c.write(Calibration.fileOf(tablesDir, group.hardwareId()));
        out.printf("protocol: %s; %s%n", ratios.get(0).protocol(), timer.plan().describe());
        out.printf(Locale.ROOT, "%s: calibrated on %d architectures: e2e = %.4f x sum %+.4f ms x"
                + " blocks %+.4f ms (Huber, R^2 %.3f), band p10/p90 x%.3f..x%.3f, reference %s"
                + " at %.3f ms -> %s%n", group.hardwareId(), n, c.slope(), c.perBlockMs(),
                c.interceptMs(), c.r2(), c.bandLow(), c.bandHigh(), c.referenceHash(), level,
                Calibration.fileOf(tablesDir, group.hardwareId()));
        out.flush();
        return c;
    }

    public static Calibration fit(List<MeasuredSample> samples) {
        return Calibration.fit(samples.stream().map(s -> new Calibration.Sample(s.tableSumMs(),
                s.architecture().blocks().size(), s.measured().medianMs())).toList());
    }
}
