package io.jnas.cli.supernet;

import io.jnas.accuracy.AccuracyEvaluator;
import io.jnas.accuracy.EvaluatorOptionsReader;
import io.jnas.cli.choice.SupernetProgress;
import io.jnas.cli.options.SpaceOption;
import io.jnas.cli.options.SpacePaths;
import io.jnas.data.DataLocations;
import io.jnas.evaluators.Evaluators;
import io.jnas.options.VerboseOption;
import io.jnas.space.SearchSpace;
import io.jnas.supernet.Fidelity;
import io.jnas.supernet.ReferenceTable;
import io.jnas.supernet.ScoreCache;
import io.jnas.supernet.SupernetData;
import io.jnas.supernet.SupernetEvaluator;
import io.jnas.supernet.SupernetSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nas supernet fidelity}: scores accuracy evaluators against a reference table of
 * standalone-trained subnets, side by side: Spearman and Kendall tau, seconds per subnet.
 */
@Command(name = "fidelity", mixinStandardHelpOptions = true,
        description = {"Ranks the reference table's subnets with each evaluator and prints the"
                + " rank correlation with the reference (Spearman, Kendall tau) and the seconds"
                + " per subnet; the supernet's training time is reported apart.",
            "The first line is the reference's own seed-to-seed correlation: the ceiling."})
public final class FidelityCommand implements Callable<Integer> {

    /** The main job's brief training (configs/search/default.yaml). */
    static final Map<String, String> MAIN_JOB_TRAIN = Map.of("data-set", "fashion-mnist",
            "train-samples", "1000", "val-samples", "500", "epochs", "2", "batch", "64");

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--reference", defaultValue = "benchmarks/reference/mnist-small-fashion-mnist.csv",
            description = "reference table (default: ${DEFAULT-VALUE})")
    String reference;

    @Mixin
    SpaceOption space;

    @Option(names = "--evaluators", split = ",", defaultValue = "train,synflow,gradnorm,supernet",
            description = "evaluators to score (default: ${DEFAULT-VALUE})")
    List<String> evaluators;

    @Option(names = "--train-option", paramLabel = "KEY=VALUE",
            description = "options of 'train', 'synflow' and 'gradnorm' (default: the main job's"
                    + " data-set=fashion-mnist, train-samples=1000, val-samples=500, epochs=2,"
                    + " batch=64)")
    Map<String, String> trainOptions = new LinkedHashMap<>(MAIN_JOB_TRAIN);

    @Option(names = "--supernet-option", paramLabel = "KEY=VALUE",
            description = "options of 'supernet', as in 'nas supernet train --evaluator-option'")
    Map<String, String> supernetOptions = new LinkedHashMap<>();

    @Option(names = "--runs-dir", defaultValue = "runs/supernets",
            description = "where supernets are stored and reused (default: ${DEFAULT-VALUE})")
    Path runsDir;

    @Option(names = "--scores", description = "CSV that keeps every score computed (label, hash,"
            + " score, seconds), so a rerun reuses them instead of training again")
    Path scores;

    @Override
    public Integer call() {
        ScoreCache cache = scores == null ? ScoreCache.NONE : ScoreCache.load(scores);
        PrintWriter out = spec.commandLine().getOut();
        SearchSpace s = SearchSpace.load(space.file());
        ReferenceTable table = ReferenceTable.load(SpacePaths.resolve(reference));
        Fidelity fidelity = Fidelity.of(s, table);
        out.printf("reference: %s, %d subnets; %s%n", reference, table.rows().size(),
                String.join("; ", table.recipe().subList(1, Math.min(4, table.recipe().size()))));
        out.println(fidelity.ceilingLine());
        out.println(Fidelity.HEADER);
        fidelity.sizeLines().forEach(out::println);
        out.flush();
        for (String name : evaluators) {
            if (name.equals(SupernetEvaluator.NAME)) {
                SupernetSettings settings = SupernetSettings.read(supernetOptions);
                DataLocations where = DataLocations.fromOptions(supernetOptions);
                long t0 = System.nanoTime();
                SupernetData data = SupernetData.load(s, settings, where);
                try (SupernetEvaluator e = SupernetEvaluator.open(s, data.split(), settings,
                        data.store(runsDir, s, settings),
                        SupernetProgress.forConsole(spec.commandLine().getErr()))) {
                    double setup = (System.nanoTime() - t0) / 1e9;
                    out.printf("supernet %s: %s in %.0f s (%s)%n", settings.budget(),
                            e.trained().reused() ? "loaded" : "trained", setup,
                            data.store(runsDir, s, settings).readSummary().get("seconds")
                                    .asDouble() + " s of training recorded");
                    // the calibration images change the scores, not the weights: part of the label
                    out.println(fidelity.score(e, "supernet " + settings.budget() + " "
                            + settings.scoring(), cache));
                }
            } else {
                try (AccuracyEvaluator e = Evaluators.of(name,
                        EvaluatorOptionsReader.read(trainOptions, s.input()))) {
                    out.println(fidelity.score(e, name.equals(Evaluators.TRAIN)
                            ? "train " + trainOptions.get("train-samples") + " images x "
                                    + trainOptions.get("epochs") + " epochs" : name, cache));
                }
            }
            out.flush();
        }
        return 0;
    }
}
