package io.jnas.search;

import io.jenetics.Genotype;
import io.jenetics.IntegerGene;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Batches of proposals that do not depend on each other's results (random architectures): the
 * candidates one-at-a-time proposing and evaluating would have chosen, with the same random
 * draws, since no evaluation draws from the run's generator.
 */
final class Proposals {

    private Proposals() {
    }

    /**
     * Up to {@code n} new feasible candidates, each distinct from the others; fewer when the
     * proposal cap is reached (the context recorded why).
     */
    static List<Candidate> batch(SearchContext ctx, Supplier<Genotype<IntegerGene>> proposals,
            int n) {
        List<Candidate> out = new ArrayList<>(n);
        Set<String> pending = new HashSet<>();
        while (out.size() < n) {
            Optional<Candidate> c = ctx.next(proposals, pending);
            if (c.isEmpty()) {
                break;
            }
            out.add(c.get());
            pending.add(c.get().hash());
        }
        return out;
    }

    /** One step for each of {@code n} candidates. */
    static List<Long> steps(int n, long step) {
        return Collections.nCopies(n, step);
    }
}
