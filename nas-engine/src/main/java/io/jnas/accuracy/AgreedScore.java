package io.jnas.accuracy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A deterministic score computed until two computations agree bit for bit. The zero-cost proxies
 * are seeded and repeat exactly, yet about one computation in 2,000 comes back wrong from the
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
        List<String> seen = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int run = 1; run <= MAX_RUNS; run++) {
            double v;
            try {
                v = compute.getAsDouble();
            } catch (IllegalStateException e) {
                seen.add(e.getMessage());
                continue;
            }
            for (double earlier : values) {
                if (Double.compare(earlier, v) == 0) {
                    if (run > 2) {
                        LOG.warn("{}: computations disagreed ({}); kept {}, given by two of {}",
                                what, seen, v, run);
                    }
                    return v;
                }
            }
            values.add(v);
            seen.add(Double.toString(v));
        }
        throw new IllegalStateException(what + " must come out the same in two of " + MAX_RUNS
                + " computations, but was " + seen);
    }
}
