package io.jnas.agent.timing;

/**
 * How one block or model is timed: {@code rounds} rounds, each on a fresh input, of
 * {@code warmup} untimed calls then {@code repetitions} timed calls; the whole measurement is
 * repeated (up to {@code maxRemeasure} times) while the spread between rounds exceeds
 * {@code maxCv}.
 *
 * <pre>{@code TimingProtocol p = TimingProtocol.defaults().withCalls(1, 2, 2);}</pre>
 *
 * @param warmup untimed calls at the start of every round
 * @param repetitions timed calls per round
 * @param rounds rounds per measurement; the reported median is over all timed calls
 * @param maxCv re-measure when the coefficient of variation of the round medians exceeds this
 * @param maxRemeasure cap on re-measurements of one block
 */
public record TimingProtocol(int warmup, int repetitions, int rounds, double maxCv,
        int maxRemeasure) {

    /** Default warm-up calls per round. */
    public static final int DEFAULT_WARMUP = 10;
    /** Default timed calls per round: 5 rounds of 10 give nn-Meter's 50 timed calls. */
    public static final int DEFAULT_REPETITIONS = 10;
    /** Default rounds. */
    public static final int DEFAULT_ROUNDS = 5;
    /** Default spread threshold of the round medians. */
    public static final double DEFAULT_MAX_CV = 0.10;
    /** Default cap on re-measurements. */
    public static final int DEFAULT_MAX_REMEASURE = 2;

    public TimingProtocol {
        if (warmup < 0) {
            throw new IllegalArgumentException("warmup must be >= 0, but was " + warmup);
        }
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be >= 1, but was " + repetitions);
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be >= 1, but was " + rounds);
        }
        if (!(maxCv > 0) || Double.isInfinite(maxCv)) {
            throw new IllegalArgumentException("maxCv must be a finite number > 0, but was " + maxCv);
        }
        if (maxRemeasure < 0) {
            throw new IllegalArgumentException("maxRemeasure must be >= 0, but was " + maxRemeasure);
        }
    }

    /** The agent's defaults; see the latency-agent README for why these numbers. */
    public static TimingProtocol defaults() {
        return new TimingProtocol(DEFAULT_WARMUP, DEFAULT_REPETITIONS, DEFAULT_ROUNDS,
                DEFAULT_MAX_CV, DEFAULT_MAX_REMEASURE);
    }

    /** This protocol with other call counts (spread settings kept). */
    public TimingProtocol withCalls(int newWarmup, int newRepetitions, int newRounds) {
        return new TimingProtocol(newWarmup, newRepetitions, newRounds, maxCv, maxRemeasure);
    }

    /** This protocol with other spread settings (call counts kept). */
    public TimingProtocol withSpread(double newMaxCv, int newMaxRemeasure) {
        return new TimingProtocol(warmup, repetitions, rounds, newMaxCv, newMaxRemeasure);
    }

    /** Calls one measurement makes, warm-up included. */
    public long callsPerMeasurement() {
        return (long) rounds * (warmup + repetitions);
    }

    /** Calls in the worst case, every re-measurement included: what the guards budget for. */
    public long maxCalls() {
        return callsPerMeasurement() * (1L + maxRemeasure);
    }
}
