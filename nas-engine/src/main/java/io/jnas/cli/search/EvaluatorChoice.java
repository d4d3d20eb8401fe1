package io.jnas.cli.search;

import io.jnas.accuracy.AccuracyEvaluator;
import io.jnas.accuracy.EvaluatorFactory;
import io.jnas.accuracy.EvaluatorOptionsReader;
import io.jnas.recorded.RecordedTables;
import io.jnas.recorded.TableAccuracy;
import io.jnas.run.EvaluatorSource;
import java.util.List;
import java.util.Map;

/**
 * The one place where the search commands construct accuracy evaluators by name: {@code train},
 * {@code synflow}, {@code gradnorm}, with the run config's {@code evaluator-options}, and
 * {@code table} (a column of a recorded table; options {@code file} and {@code column}).
 */
public final class EvaluatorChoice implements EvaluatorSource {

    private final RecordedTables recorded;

    /** With recorded tables shared with other users (a benchmark reads each file once). */
    public EvaluatorChoice(RecordedTables recorded) {
        this.recorded = recorded;
    }

    public EvaluatorChoice() {
        this(new RecordedTables());
    }

    @Override
    public AccuracyEvaluator open(String name, Map<String, String> options) {
        if (name.equals(TableAccuracy.NAME)) {
            return TableAccuracy.open(recorded, options);
        }
        if (!EvaluatorFactory.names().contains(name)) {
            List<String> all = new java.util.ArrayList<>(EvaluatorFactory.names());
            all.add(TableAccuracy.NAME);
            throw new IllegalArgumentException("evaluator must be one of " + all + ", but was '"
                    + name + "'");
        }
        return EvaluatorFactory.of(name, EvaluatorOptionsReader.read(options, null));
    }
}
