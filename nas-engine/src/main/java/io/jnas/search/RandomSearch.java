package io.jnas.search;

import java.util.List;
import java.util.Optional;

/**
 * Random search: every candidate drawn uniformly per gene (so every depth equally likely, then
 * every choice of the used slots), skipping architectures already evaluated and those breaking a
 * constraint. The baseline every other strategy has to beat at equal evaluation counts.
 */
public final class RandomSearch implements SearchStrategy {

    @Override
    public String name() {
        return "random";
    }

    @Override
    public void run(SearchContext ctx) {
        while (ctx.remaining() > 0) {
            Optional<Candidate> c = ctx.next(() -> ctx.codec().random(ctx.random()));
            if (c.isEmpty()) {
                return;
            }
            ctx.evaluate(c.get(), ctx.evaluated());
        }
    }

    @Override
    public List<String> population() {
        return List.of();
    }
}
