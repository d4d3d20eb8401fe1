package io.jnas.cli.search;

import io.jnas.accuracy.AccuracyEvaluator;
import io.jnas.accuracy.EvaluatorFactory;
import io.jnas.accuracy.EvaluatorOptionsReader;
import io.jnas.run.EvaluatorSource;
import java.util.Map;

/**
 * The one place where the search commands construct accuracy evaluators by name: {@code train},
 * {@code synflow}, {@code gradnorm}, with the run config's {@code evaluator-options}.
 */
public final class EvaluatorChoice implements EvaluatorSource {

    @Override
    public AccuracyEvaluator open(String name, Map<String, String> options) {
        return EvaluatorFactory.of(name, EvaluatorOptionsReader.read(options, null));
    }
}
