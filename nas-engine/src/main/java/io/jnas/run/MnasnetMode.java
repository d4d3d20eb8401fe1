package io.jnas.run;

import io.jnas.search.fitness.MnasnetFitness;
import java.util.Map;

/** How MnasNet's reward treats a latency over its target ({@code mnasnet-mode:} key). */
public enum MnasnetMode implements ConfigChoice {
    /** acc * (lat / target)^w: a soft penalty. */
    SOFT("soft"),
    /** acc when the latency meets the target, else a large penalty. */
    HARD("hard");

    private final String key;

    MnasnetMode(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** The fitness of this mode for per-device targets and soft exponent {@code w}. */
    public MnasnetFitness fitness(Map<String, Double> targets, double w) {
        return this == HARD ? MnasnetFitness.hard(targets) : MnasnetFitness.soft(targets, w);
    }

    @Override
    public String toString() {
        return key;
    }
}
