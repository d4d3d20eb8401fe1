package io.jnas.accuracy;

import io.jnas.arch.Architecture;

/**
 * Scores a candidate's accuracy; higher is better. {@code train} returns validation accuracy in
 * [0, 1]; proxies return a positive score. Implementations are cached by architecture hash.
 */
public interface AccuracyEvaluator extends AutoCloseable {

    /** Short name used in configs and run files, e.g. "train" or "synflow". */
    String name();

    /** The score of one architecture. */
    double evaluate(Architecture architecture);

    @Override
    default void close() {
    }
}
