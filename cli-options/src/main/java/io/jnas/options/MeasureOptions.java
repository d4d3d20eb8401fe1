package io.jnas.options;

import picocli.CommandLine.Option;

/**
 * How an agent is asked to time blocks, the same flags on every command that measures
 * ({@code agent profile}, {@code agent bench}, {@code nas tables build} / {@code calibrate} /
 * {@code validate}): unset ones are the agent's defaults. Mixed in with
 * {@code @Mixin MeasureOptions measure;}; each command turns the values into its settings record.
 *
 * <p>{@code --reps}, the agent CLI's former spelling of {@code --repetitions}, still works
 * (hidden from the help).
 */
public final class MeasureOptions {

    @Option(names = "--batch", paramLabel = "N", description = "Batch size (default: the agent's, 1).")
    int batch;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Warm-up calls per round, 0 for none (default: the agent's).")
    Integer warmup;

    @Option(names = "--repetitions", paramLabel = "N",
            description = "Timed calls per round (default: the agent's).")
    int repetitions;

    @Option(names = "--rounds", paramLabel = "N",
            description = "Rounds of timed calls, each on a fresh input (default: the agent's).")
    int rounds;

    @Option(names = "--max-cv", paramLabel = "CV",
            description = "Re-measure a block when its rounds' coefficient of variation exceeds"
                    + " this (default: the agent's).")
    double maxCv;

    @Option(names = "--max-remeasure", paramLabel = "N",
            description = "Cap on re-measurements per block, 0 for none (default: the agent's).")
    Integer maxRemeasure;

    @Option(names = "--reps", hidden = true, paramLabel = "N")
    void reps(int n) {
        repetitions = n;
    }

    /** Batch size, 0 for the agent's default. */
    public int batch() {
        return batch;
    }

    /** Warm-up calls per round, null for the agent's default (0 is a real choice). */
    public Integer warmup() {
        return warmup;
    }

    /** Timed calls per round, 0 for the agent's default. */
    public int repetitions() {
        return repetitions;
    }

    /** Rounds, 0 for the agent's default. */
    public int rounds() {
        return rounds;
    }

    /** Coefficient of variation above which a block is re-measured, 0 for the agent's default. */
    public double maxCv() {
        return maxCv;
    }

    /** Re-measurements per block, null for the agent's default (0 is a real choice). */
    public Integer maxRemeasure() {
        return maxRemeasure;
    }
}
