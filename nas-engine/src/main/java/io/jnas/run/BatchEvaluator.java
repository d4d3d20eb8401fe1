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

    /** A design of {@link #submit} whose evaluation finished. */
    record Finished(String hash, Score score) {
    }

    /**
     * Asynchronous mode: how many evaluations should run at once now to keep every worker busy.
     */
    default int parallelism() {
        return batchSize();
    }

    /** Asynchronous mode: starts evaluating {@code design} and returns at once. */
    default void submit(Design design) {
        throw new UnsupportedOperationException("this batch evaluator evaluates batches only");
    }

    /** Asynchronous mode: blocks until one submitted design is evaluated, and returns it. */
    default Finished awaitAny() {
        throw new UnsupportedOperationException("this batch evaluator evaluates batches only");
    }

    @Override
    default void close() {
    }
}
