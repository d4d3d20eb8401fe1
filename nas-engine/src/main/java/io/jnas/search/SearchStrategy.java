package io.jnas.search;

import java.util.List;

/**
 * A way of choosing which architectures to evaluate.
 *
 * <pre>{@code
 * SearchStrategy s = new RegularizedEvolution(100, 25, 0.05);
 * s.run(context);   // returns when the budget is spent or no new candidate can be found
 * }</pre>
 */
public interface SearchStrategy {

    /** Name used in configs and run files: regularized, random, nsga2, surrogate. */
    String name();

    /**
     * Proposes and evaluates candidates through the context until {@link SearchContext#remaining()}
     * is 0 or no new feasible candidate can be found.
     */
    void run(SearchContext context);

    /** Hashes of the current population, oldest first (empty for strategies without one). */
    List<String> population();
}
