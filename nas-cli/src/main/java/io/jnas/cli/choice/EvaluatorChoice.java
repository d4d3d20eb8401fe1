package io.jnas.cli.choice;

import io.jnas.accuracy.AccuracyEvaluator;
import io.jnas.accuracy.CachedEvaluator;
import io.jnas.accuracy.EvaluatorFactory;
import io.jnas.accuracy.EvaluatorOptionsReader;
import io.jnas.data.DataLocations;
import io.jnas.recorded.RecordedTables;
import io.jnas.recorded.TableAccuracy;
import io.jnas.run.EvaluatorSource;
import io.jnas.space.SearchSpace;
import io.jnas.supernet.SupernetData;
import io.jnas.supernet.SupernetEvaluator;
import io.jnas.supernet.SupernetSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The one place where the search commands construct accuracy evaluators by name: {@code train},
 * {@code synflow}, {@code gradnorm}, with the run config's {@code evaluator-options}, and
 * {@code table} (a column of a recorded table; options {@code file} and {@code column}), and
 * {@code supernet} (inherited weights of the run space's trained supernet, see
 * {@link io.jnas.supernet.SupernetEvaluator}).
 */
public final class EvaluatorChoice implements EvaluatorSource {

    /** Where trained supernets are stored and found again. */
    static final Path SUPERNETS = Path.of("runs", "supernets");

    private final RecordedTables recorded;

    /** With recorded tables shared with other users (a benchmark reads each file once). */
    public EvaluatorChoice(RecordedTables recorded) {
        this.recorded = recorded;
    }

    public EvaluatorChoice() {
        this(new RecordedTables());
    }

    /** Every evaluator name a run may give (what a worker accepts in a job). */
    public static List<String> names() {
        List<String> all = new java.util.ArrayList<>(EvaluatorFactory.names());
        all.add(TableAccuracy.NAME);
        all.add(SupernetEvaluator.NAME);
        return List.copyOf(all);
    }

    @Override
    public AccuracyEvaluator open(String name, Map<String, String> options, String spaceFile) {
        if (name.equals(SupernetEvaluator.NAME)) {
            return new CachedEvaluator(openSupernet(options, Path.of(spaceFile)));
        }
        return open(name, options);
    }

    /** The supernet of the space: trained now (with a progress bar) unless stored already. */
    public static SupernetEvaluator openSupernet(Map<String, String> options, Path spaceFile) {
        SupernetSettings settings = SupernetSettings.read(options);
        SearchSpace space = SearchSpace.load(spaceFile);
        DataLocations where = DataLocations.fromOptions(options);
        SupernetData data = SupernetData.load(space, settings, where);
        return SupernetEvaluator.open(space, data.split(), settings,
                data.store(Path.of(options.getOrDefault("store", SUPERNETS.toString())), space,
                        settings), SupernetProgress.forConsole(
                        new PrintWriter(System.err, true)));
    }

    @Override
    public AccuracyEvaluator open(String name, Map<String, String> options) {
        if (name.equals(SupernetEvaluator.NAME)) {
            throw new IllegalArgumentException("evaluator 'supernet' belongs to one search space,"
                    + " so it is opened by a search run, which knows its space file");
        }
        if (name.equals(TableAccuracy.NAME)) {
            return TableAccuracy.open(recorded, options);
        }
        if (!EvaluatorFactory.names().contains(name)) {
            throw new IllegalArgumentException("evaluator must be one of " + names() + ", but was '"
                    + name + "'");
        }
        return EvaluatorFactory.of(name, EvaluatorOptionsReader.read(options, null));
    }
}
