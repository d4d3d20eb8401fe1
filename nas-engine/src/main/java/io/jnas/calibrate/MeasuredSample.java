package io.jnas.calibrate;

import io.jnas.arch.Architecture;
import io.jnas.fleet.ModelLatency;

/** An architecture with its end-to-end measurement and its table sum. */
public record MeasuredSample(Architecture architecture, ModelLatency measured, double tableSumMs) {
}
