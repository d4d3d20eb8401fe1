package io.jnas.accuracy;

import io.jnas.arch.Architecture;
import io.jnas.arch.Design;

/**
 * Scores a candidate's accuracy; higher is better. {@code train} returns validation accuracy in
 * [0, 1]; proxies return a positive score. Implementations are cached by architecture hash.
 *
 * <p>The search calls {@link #evaluate(Design)}: evaluators that build block-list networks take
 * {@link Architecture}s and refuse other designs with a message; evaluators that read recorded
 * tables ({@code table}) take any design and override it.
 */
public interface AccuracyEvaluator extends AutoCloseable {

    /** Short name used in configs and run files, e.g. "train" or "synflow". */
    String name();

    /** The score of one architecture. */
    double evaluate(Architecture architecture);

    /**
     * The score of one design of any space.
     *
     * @throws IllegalArgumentException when this evaluator cannot score that kind of design
     */
    default double evaluate(Design design) {
        if (design instanceof Architecture a) {
            return evaluate(a);
        }
        throw new IllegalArgumentException("evaluator '" + name() + "' scores block-list"
                + " architectures, not " + design.getClass().getSimpleName() + " designs; for a"
                + " cell space use evaluator 'train', 'synflow' or 'table' (a recorded table)");
    }

    @Override
    default void close() {
    }
}
