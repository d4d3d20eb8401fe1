package io.jnas.calibrate;

import io.jnas.cost.StaticCost;
import io.jnas.latency.Calibration;
import io.jnas.latency.FlopsPredictor;
import io.jnas.latency.PredictionQuality;
import java.util.List;

/**
 * The latency truth of a table: its raw sum, its calibrated prediction and the FLOPs baseline,
 * each compared with end-to-end measurements of held-out architectures in the same run.
 *
 * @param flops the FLOPs baseline fitted on the calibration samples
 */
public record ValidationReport(PredictionQuality raw, PredictionQuality calibrated,
        PredictionQuality flopsBaseline, FlopsPredictor flops, Calibration calibration,
        List<MeasuredSample> heldOut) {

    /**
     * Fits the baseline on the calibration samples and scores everything on the held-out ones.
     */
    public static ValidationReport of(Calibration calibration, List<MeasuredSample> calibrationSet,
            List<MeasuredSample> heldOut, String hardwareId) {
        FlopsPredictor flops = FlopsPredictor.fit(hardwareId,
                calibrationSet.stream().map(MeasuredSample::architecture).toList(),
                calibrationSet.stream().map(s -> s.measured().medianMs()).toList());
        double[] measured = heldOut.stream().mapToDouble(s -> s.measured().medianMs()).toArray();
        double[] raw = heldOut.stream().mapToDouble(MeasuredSample::tableSumMs).toArray();
        double[] cal = heldOut.stream().mapToDouble(s -> calibration.apply(s.tableSumMs(),
                s.architecture().blocks().size())).toArray();
        double[] fl = heldOut.stream().mapToDouble(s -> flops.predictMs(s.architecture())).toArray();
        return new ValidationReport(PredictionQuality.of(raw, measured),
                PredictionQuality.of(cal, measured), PredictionQuality.of(fl, measured), flops,
                calibration, heldOut);
    }

    /** Mean MFLOPs of the held-out architectures, for context in reports. */
    public double meanMflops() {
        return heldOut.stream().mapToLong(s -> StaticCost.of(s.architecture()).flops()).average()
                .orElse(0) / 1e6;
    }
}
