package io.jnas.calibrate;

import io.jnas.arch.Architecture;
import io.jnas.fleet.HardwareGroup;
import io.jnas.fleet.MeasureSettings;
import io.jnas.latency.BlockFeatures;
import io.jnas.latency.Calibration;
import io.jnas.latency.CalibrationFit;
import io.jnas.latency.FlopsPredictor;
import io.jnas.latency.LookupTablePredictor;
import io.jnas.space.SearchSpace;
import io.jnas.table.LookupTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
        return calibrate(tablesDir, group, space, n, settings, out, Optional.empty(),
                CalibrationFit.DEFAULT_SET);
    }

    /**
     * As above on a feature set ({@link BlockFeatures#SETS}); {@code saveTo} also keeps every
     * measured subnet ({@link ValidationCsv}) so that the fit can be done again offline.
     */
    public static Calibration calibrate(Path tablesDir, HardwareGroup group, SearchSpace space, int n,
            MeasureSettings settings, PrintWriter out, Optional<Path> saveTo, String featureSet) {
        BlockFeatures.set(featureSet); // a wrong name fails before anything is measured
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
        List<MeasuredSample> samples = EndToEndSampler.inMs(ratios, level, raw);
        Calibration c = fit(samples, featureSet).withReference(timer.reference().hash(), level);
        saveTo.ifPresent(f -> {
            FlopsPredictor flops = FlopsPredictor.fit(group.hardwareId(),
                    samples.stream().map(MeasuredSample::architecture).toList(),
                    samples.stream().map(s -> s.measured().medianMs()).toList());
            ValidationCsv.write(f, group.hardwareId(), c.referenceHash(), level, samples.stream()
                    .map(s -> new ValidationCsv.Entry(ValidationCsv.CALIBRATION, s)).toList(),
                    s -> c.apply(s.features()),
                    flops::predictMs);
            out.println("calibration subnets written to " + f);
        });
        c.write(Calibration.fileOf(tablesDir, group.hardwareId()));
        out.printf("protocol: %s; %s%n", ratios.get(0).protocol(), timer.plan().describe());
        out.printf(Locale.ROOT, "%s: calibrated on %d architectures (%s): %s (Huber, R^2 %.3f),"
                + " band p10/p90 x%.3f..x%.3f (out of fold), reference %s at %.3f ms -> %s%n",
                group.hardwareId(), n, c.featureSet(), c.describe(), c.r2(), c.bandLow(),
                c.bandHigh(), c.referenceHash(), level,
                Calibration.fileOf(tablesDir, group.hardwareId()));
        out.flush();
        return c;
    }

    public static Calibration fit(List<MeasuredSample> samples, String featureSet) {
        return CalibrationFit.fit(samples.stream().map(MeasuredSample::toSample).toList(),
                featureSet);
    }
}
