package io.jnas.run;

import io.jnas.search.fitness.MnasnetFitness;
import io.jnas.search.fitness.ParetoObjectives;
import io.jnas.search.fitness.Tournament;

/** What a strategy's tournaments rank by ({@code fitness:} key). */
public enum FitnessKind implements ConfigChoice {
    /** MnasNet's scalar reward (see {@link MnasnetMode}). */
    MNASNET("mnasnet"),
    /** Pareto rank and crowding over accuracy, latency per device and the extra objectives. */
    PARETO("pareto");

    private final String key;

    FitnessKind(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** The tournament of this kind: the MnasNet fitness given, or the run's Pareto objectives. */
    public Tournament tournament(MnasnetFitness mnasnet, ParetoObjectives objectives) {
        return this == PARETO ? objectives : mnasnet;
    }

    @Override
    public String toString() {
        return key;
    }
}
