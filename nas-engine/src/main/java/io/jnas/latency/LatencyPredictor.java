package io.jnas.latency;

import io.jnas.arch.Architecture;

/** Predicts the end-to-end latency of an architecture on one device (hardware id). */
public interface LatencyPredictor {

    /** The hardware id this predictor is for. */
    String hardwareId();

    /** Predicted latency in milliseconds. */
    double predictMs(Architecture architecture);
}
