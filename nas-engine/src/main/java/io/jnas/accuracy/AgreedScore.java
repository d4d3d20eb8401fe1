package io.jnas.accuracy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A deterministic score computed until two computations agree bit for bit. The zero-cost proxies
 * are seeded and repeat exactly, yet about one computation in 2,500 comes back wrong from the
 * native side, and not always visibly: 600 SynFlow scores of one seed, computed twice in two
 * processes, differed at one architecture (230.6 against 46.8, the right value, which every other
 * process read), and elsewhere a negative score appeared. A single wrong score changes a
 * search's history, so each score is computed at least twice; on a disagreement more runs
 * decide, and the first value seen twice wins. A computation that fails its own check
 * ({@link IllegalStateException}) counts as a disagreeing run.
 *
 * <pre>{@code
 * double s = AgreedScore.of("synflow of " + hash, () -> computeOnce(net));
 * }</pre>
 */
final class AgreedScore {

    /** Computations at most before giving up (two agree in the normal case). */
    static final int MAX_RUNS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(AgreedScore.class);

    private AgreedScore() {
    }

    /**
     * @param what names the score in messages, e.g. "synflow of 3d37cdafccb845e4"
     * @return the first value two computations gave
     * @throws IllegalStateException when no two of {@link #MAX_RUNS} computations agree
     */
    static double of(String what, DoubleSupplier compute) {
        return of(what, compute::getAsDouble, v -> v);
    }

    /**
     * As {@link #of(String, DoubleSupplier)} for any result: two computations agree when their
     * keys are equal ({@link Double} keys compare bit for bit, so 0.0 and -0.0 differ).
     *
     * @param key what must come out the same (e.g. a training's accuracies, not its seconds)
     * @return the first result whose key an earlier computation gave too
     * @throws IllegalStateException when no two of {@link #MAX_RUNS} computations agree
     */
    static <T> T of(String what, Supplier<T> compute, Function<T, ?> key) {
        List<String> seen = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        for (int run = 1; run <= MAX_RUNS; run++) {
            T v;
            try {
                v = compute.get();
            } catch (IllegalStateException e) {
                seen.add(e.getMessage());
                continue;
            }
            Object k = key.apply(v);
            if (keys.contains(k)) {
                if (run > 2) {
                    LOG.warn("{}: computations disagreed ({}); kept {}, given by two of {}",
                            what, seen, k, run);
                }
                return v;
            }
            keys.add(k);
            seen.add(String.valueOf(k));
        }
        throw new IllegalStateException(what + " must come out the same in two of " + MAX_RUNS
                + " computations, but was " + seen);
    }
}
