package io.jnas.calibrate;

import io.jnas.cost.StaticCost;
import io.jnas.latency.Calibration;
import io.jnas.latency.FlopsPredictor;
import io.jnas.latency.PredictionQuality;
import io.jnas.latency.Quantile;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The latency truth of a table: its raw sum, the committed calibration (what the search uses),
 * a calibration fitted in this run and the FLOPs baseline, each compared with end-to-end
 * measurements of held-out architectures in the same run.
 *
 * @param committedQuality the committed calibration's figures, when the table has one
 * @param bandCoverage share of held-out nets measured inside the p10/p90 band of the calibration
 *     that is scored first (committed if any, else fitted here)
 * @param medianBias median of measured / predicted of that calibration
 * @param flops the FLOPs baseline fitted on the calibration samples
 */
public record ValidationReport(PredictionQuality raw, PredictionQuality calibrated,
        Optional<PredictionQuality> committedQuality, PredictionQuality flopsBaseline,
        FlopsPredictor flops, Calibration calibration, Optional<Calibration> committed,
        double bandCoverage, double medianBias, List<MeasuredSample> heldOut) {

    /** Largest median bias of the committed calibration that is not called stale. */
    public static final double STALE_BIAS = 0.03;
    /** Largest loss of within-10% against a fit of this run that is not called stale. */
    public static final double STALE_LOSS = 0.05;

    /**
     * Fits the baseline on the calibration samples and scores everything on the held-out ones.
     */
    public static ValidationReport of(Calibration fitted, Optional<Calibration> committed,
            List<MeasuredSample> calibrationSet, List<MeasuredSample> heldOut, String hardwareId) {
        FlopsPredictor flops = FlopsPredictor.fit(hardwareId,
                calibrationSet.stream().map(MeasuredSample::architecture).toList(),
                calibrationSet.stream().map(s -> s.measured().medianMs()).toList());
        double[] measured = heldOut.stream().mapToDouble(s -> s.measured().medianMs()).toArray();
        double[] raw = heldOut.stream().mapToDouble(MeasuredSample::tableSumMs).toArray();
        double[] fl = heldOut.stream().mapToDouble(s -> flops.predictMs(s.architecture())).toArray();
        Calibration primary = committed.orElse(fitted);
        double[] ratio = heldOut.stream().mapToDouble(s -> s.measured().medianMs()
                / predict(primary, s)).sorted().toArray();
        double inBand = heldOut.stream().filter(s -> primary.band(s.features())
                .contains(s.measured().medianMs())).count();
        return new ValidationReport(PredictionQuality.of(raw, measured),
                PredictionQuality.of(predictions(fitted, heldOut), measured),
                committed.map(c -> PredictionQuality.of(predictions(c, heldOut), measured)),
                PredictionQuality.of(fl, measured), flops, fitted, committed,
                inBand / heldOut.size(), Quantile.of(ratio, 0.5), heldOut);
    }

    private static double[] predictions(Calibration c, List<MeasuredSample> heldOut) {
        return heldOut.stream().mapToDouble(s -> predict(c, s)).toArray();
    }

    private static double predict(Calibration c, MeasuredSample s) {
        return c.apply(s.features());
    }

    /** Why the committed calibration no longer fits what this run measured, if it does not. */
    public Optional<String> staleness() {
        if (committedQuality.isEmpty()) {
            return Optional.empty();
        }
        double loss = calibrated.within10() - committedQuality.get().within10();
        if (Math.abs(medianBias - 1) > STALE_BIAS) {
            return Optional.of(String.format(java.util.Locale.ROOT, "measured / predicted is %.3f"
                    + " at the median (more than %.0f%% off)", medianBias, 100 * STALE_BIAS));
        }
        if (loss > STALE_LOSS) {
            return Optional.of(String.format(java.util.Locale.ROOT, "a fit of this run scores %.1f"
                    + " points more within +-10%%", 100 * loss));
        }
        return Optional.empty();
    }

    /** Mean MFLOPs of the held-out architectures, for context in reports. */
    public double meanMflops() {
        return heldOut.stream().mapToLong(s -> StaticCost.of(s.architecture()).flops()).average()
                .orElse(0) / 1e6;
    }

    @Override
    public String toString() {
        return "ValidationReport" + Arrays.asList(raw, calibrated, committedQuality, flopsBaseline);
    }
}
