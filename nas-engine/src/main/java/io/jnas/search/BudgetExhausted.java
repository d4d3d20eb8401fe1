package io.jnas.search;

/**
 * Thrown by {@link SearchContext#evaluate} when the evaluation budget is spent; lets a strategy
 * driven by a Jenetics engine stop in the middle of a generation.
 */
public final class BudgetExhausted extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BudgetExhausted(int budget) {
        super("the budget of " + budget + " evaluations is spent", null, false, false);
    }
}
