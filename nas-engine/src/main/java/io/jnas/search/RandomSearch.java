package io.jnas.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Random search: every candidate drawn uniformly per gene (so every depth equally likely, then
 * every choice of the used slots), skipping architectures already evaluated and those breaking a
 * constraint. The baseline every other strategy has to beat at equal evaluation counts.
 * Candidates are proposed in batches of {@link SearchContext#batchSize()} (1 in process), with
 * the same history for any batch size.
 */
public final class RandomSearch implements SearchStrategy {

    @Override
    public String name() {
        return "random";
    }

    @Override
    public void run(SearchContext ctx) {
        while (ctx.remaining() > 0) {
            int n = Math.min(ctx.batchSize(), ctx.remaining());
            List<Candidate> batch = Proposals.batch(ctx, () -> ctx.codec().random(ctx.random()),
                    n);
            List<Long> steps = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                steps.add((long) ctx.evaluated() + i); // the step is the history index
            }
            ctx.evaluateAll(batch, steps);
            if (batch.size() < n) {
                return;
            }
        }
    }

    @Override
    public List<String> population() {
        return List.of();
    }
}
