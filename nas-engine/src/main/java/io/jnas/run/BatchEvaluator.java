package io.jnas.run;

import io.jnas.arch.Design;
import java.util.List;

/**
 * Evaluates batches of designs outside the search's process (workers of a job engine). A run
 * with one evaluates what its strategy proposes together in one batch, then appends the results
 * in proposal order, so the history is the one an in-process run of the same seed makes, for
 * any number of workers.
 *
 * <pre>{@code
 * SearchRun runs = new SearchRun(evaluators, tables, listener)
 *         .withBatchEvaluator(config -> new RemoteEvaluation(db, config));
 * }</pre>
 */
public interface BatchEvaluator extends AutoCloseable {

    /** A design's score and how long its evaluation took where it ran. */
    record Score(double accuracy, double wallMs) {
    }

    /** Opens the batch evaluator of a run (its resolved config names evaluator and options). */
    @FunctionalInterface
    interface Factory {
        BatchEvaluator open(RunConfig config);
    }

    /** How many candidates a strategy may propose before it needs their results. */
    int batchSize();

    /** The scores of {@code designs}, in their order; blocks until all are known. */
    List<Score> evaluate(List<Design> designs);

    @Override
    default void close() {
    }
}
