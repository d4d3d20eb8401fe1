package io.jnas.run;

import io.jnas.accuracy.AccuracyEvaluator;
import java.util.Map;

/**
 * Opens the accuracy evaluator a run config names. The CLI's implementation maps names to the
 * evaluators of the product; tests supply their own.
 */
public interface EvaluatorSource {

    /**
     * The evaluator called {@code name}; the caller closes it.
     *
     * @throws IllegalArgumentException when no evaluator has that name or an option is invalid,
     *     with a message naming the known evaluators or the option
     */
    AccuracyEvaluator open(String name, Map<String, String> options);

    /**
     * As {@link #open(String, Map)}, for a run over the space file {@code spaceFile}: evaluators
     * that belong to one space (the weight-sharing supernet) need it.
     */
    default AccuracyEvaluator open(String name, Map<String, String> options, String spaceFile) {
        return open(name, options);
    }
}
