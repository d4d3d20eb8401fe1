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
}
