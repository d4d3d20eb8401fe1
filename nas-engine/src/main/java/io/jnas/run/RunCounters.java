package io.jnas.run;

/**
 * What happened to proposals that were not evaluated.
 *
 * @param rejected proposals that broke a constraint (never trained)
 * @param repaired times a constraint breaker was replaced by a feasible proposal (re-mutation in
 *     regularized evolution, re-sampling in random search and NSGA-II)
 * @param duplicates proposals skipped because their architecture was already evaluated
 */
public record RunCounters(long rejected, long repaired, long duplicates) {

    public static final RunCounters ZERO = new RunCounters(0, 0, 0);
}
