package io.jnas.search.fitness;

/**
 * What a fitness, an objective vector or a tournament reads of an evaluated candidate. {@link
 * io.jnas.search.Evaluation} is one; this package never needs more, so it stays below the search
 * strategies that use it instead of depending on them.
 */
public interface Scored {

    /** The evaluator's score (higher is better). */
    double accuracy();

    /** The MnasNet-style scalar fitness of the run's fitness settings. */
    double fitness();

    /**
     * Predicted latency on one device.
     *
     * @throws IllegalArgumentException when the device is not one of the run's
     */
    double latencyMs(String device);

    /** Trainable parameters. */
    long params();

    /** Floating point operations: twice the multiply-accumulates. */
    long flops();
}
