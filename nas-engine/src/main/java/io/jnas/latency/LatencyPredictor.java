package io.jnas.latency;

import io.jnas.arch.Architecture;
import io.jnas.arch.Design;

/**
 * Predicts the end-to-end latency of an architecture on one device (hardware id).
 *
 * <p>The search calls {@link #predictMs(Design)}: lookup tables and the FLOPs baseline predict
 * block-list {@link Architecture}s and refuse other designs with a message; recorded tables
 * ({@code predictor: recorded}) take any design and override it.
 */
public interface LatencyPredictor {

    /** The hardware id this predictor is for. */
    String hardwareId();

    /** Predicted latency in milliseconds. */
    double predictMs(Architecture architecture);

    /**
     * Predicted latency of one design of any space, in milliseconds.
     *
     * @throws IllegalArgumentException when this predictor cannot predict that kind of design
     */
    default double predictMs(Design design) {
        if (design instanceof Architecture a) {
            return predictMs(a);
        }
        throw new IllegalArgumentException("the latency predictor of device '" + hardwareId()
                + "' predicts block-list architectures, not " + design.getClass().getSimpleName()
                + " designs; for a cell space use predictor 'recorded' (a recorded table)");
    }

    /**
     * The prediction with its p10/p90 band; a predictor that knows no spread gives a point.
     *
     * @throws IllegalArgumentException as {@link #predictMs(Design)}
     */
    default PredictionBand band(Design design) {
        return PredictionBand.point(predictMs(design));
    }
}
