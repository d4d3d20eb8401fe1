package io.jnas.latency;

import io.jnas.space.SearchSpace;

/**
 * Gives the latency predictor of each target device of a run. The search asks once per device
 * at the start of a run; an implementation that cannot serve a device (no lookup table, no
 * coefficients) throws {@link IllegalArgumentException} with a message saying how to get one.
 *
 * <pre>{@code
 * LatencyPredictor local = provider.forDevice("local", space);
 * double ms = local.predictMs(architecture);
 * }</pre>
 */
public interface PredictorProvider {

    /**
     * The predictor of one device for architectures of one space.
     *
     * @throws IllegalArgumentException when the device has no predictor, naming how to make one
     */
    LatencyPredictor forDevice(String device, SearchSpace space);
}
