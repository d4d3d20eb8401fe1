package io.jnas.cli.search;

import io.jnas.accuracy.AccuracyEvaluator;
import io.jnas.run.EvaluatorSource;
import java.util.Map;

/**
 * The one place where the search commands construct accuracy evaluators by name.
 *
 * <p>Integration seam: at merge this delegates to {@code io.jnas.accuracy.EvaluatorFactory.of(name,
 * options)} (train, synflow, ...). Until then no evaluator is known and every name is refused
 * with a message saying so.
 */
public final class EvaluatorChoice implements EvaluatorSource {

    @Override
    public AccuracyEvaluator open(String name, Map<String, String> options) {
        throw new IllegalArgumentException("evaluator '" + name + "' is not available in this"
                + " build: no accuracy evaluators are registered yet");
    }
}
