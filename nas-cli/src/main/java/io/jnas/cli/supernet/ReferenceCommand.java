package io.jnas.cli.supernet;

import io.jnas.accuracy.EvaluatorFactory;
import io.jnas.accuracy.EvaluatorOptions;
import io.jnas.accuracy.TrainEvaluator;
import io.jnas.accuracy.TrainResult;
import io.jnas.accuracy.TrainSettings;
import io.jnas.arch.Architecture;
import io.jnas.cli.options.SpaceOption;
import io.jnas.cli.options.TrainingOptions;
import io.jnas.cost.StaticCost;
import io.jnas.data.DataLocations;
import io.jnas.data.ImageDataset;
import io.jnas.data.Split;
import io.jnas.options.VerboseOption;
import io.jnas.space.SearchSpace;
import io.jnas.space.SubnetChoice;
import io.jnas.supernet.RandomSubnets;
import io.jnas.supernet.ReferenceTable;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nas supernet reference}: trains K random subnets standalone with the project's trainer
 * and writes their validation accuracies as a {@link ReferenceTable}; resumable (rows already in
 * the file are kept).
 */
@Command(name = "reference", mixinStandardHelpOptions = true,
        description = {"Trains K random subnets of a space standalone (the ground truth of"
                + " 'nas supernet fidelity') and writes a CSV with the recipe.",
            "Every subnet is trained with the first seed; the first --repeat subnets also with"
                + " the second, which gives the reference's own seed-to-seed rank correlation."
                + " A file that exists is continued, not redone."})
public final class ReferenceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    SpaceOption space;

    @Option(names = "--out", required = true, description = "CSV file to write (and continue)")
    Path out;

    @Option(names = "--k", defaultValue = "20", description = "subnets (default: ${DEFAULT-VALUE})")
    int k;

    @Option(names = "--draw-seed", defaultValue = "2024",
            description = "seeds the random subnets (default: ${DEFAULT-VALUE})")
    long drawSeed;

    @Option(names = "--seeds", split = ",", defaultValue = "1,2",
            description = "training seeds, one column each (default: ${DEFAULT-VALUE})")
    List<Long> seeds;

    @Option(names = "--repeat", defaultValue = "10",
            description = "subnets also trained with the later seeds (default: ${DEFAULT-VALUE})")
    int repeat;

    @Mixin
    TrainingOptions training = new TrainingOptions(
            new TrainingOptions.Defaults("fashion-mnist", 10000, 5000, 4, 64, 0.003f));

    @Option(names = "--shard", defaultValue = "0/1",
            description = "train only rows i, i+n, i+2n... as i/n, so n processes share the work"
                    + " (each with its own --out; join them with --merge) (default: ${DEFAULT-VALUE})")
    String shard;

    @Option(names = "--merge", split = ",",
            description = "instead of training: join these shard files into --out")
    List<Path> merge;

    @Override
    public Integer call() {
        if (merge != null) {
            ReferenceTable joined = ReferenceTable.load(merge.get(0));
            for (Path p : merge.subList(1, merge.size())) {
                joined = joined.joinedWith(ReferenceTable.load(p));
            }
            joined.write(out);
            spec.commandLine().getOut().printf("wrote %s: %d rows from %d shards%n", out,
                    joined.rows().size(), merge.size());
            return 0;
        }
        String[] sh = shard.split("/");
        int shardIndex = Integer.parseInt(sh[0]);
        int shards = Integer.parseInt(sh[1]);
        if (shards < 1 || shardIndex < 0 || shardIndex >= shards) {
            throw new IllegalArgumentException("--shard must be i/n with 0 <= i < n, but was "
                    + shard);
        }
        PrintWriter w = spec.commandLine().getOut();
        if (k < 2 || k > 10_000) {
            throw new IllegalArgumentException("--k must be in [2, 10000], but was " + k);
        }
        if (repeat < 0 || repeat > k) {
            throw new IllegalArgumentException("--repeat must be in [0, " + k + "], but was "
                    + repeat);
        }
        SearchSpace s = SearchSpace.load(space.file());
        int samples = training.trainSamples();
        int validation = training.valSamples();
        TrainSettings base = new TrainSettings(training.epochs(), 0, training.batch(), samples,
                validation, training.lr(),
                TrainSettings.OptimizerKind.ADAM, seeds.get(0), false, 5);
        EvaluatorOptions options = new EvaluatorOptions(training.dataSet(),
                DataLocations.fromEnvironment(training.dataDir(), true), null, base, 64);
        ImageDataset pool = EvaluatorFactory.pool(options);
        // one fixed split for every seed: the seeds vary initialization and batch order only
        Split split = Split.stratified(pool, samples, validation, 0).standardized();
        List<SubnetChoice> choices = RandomSubnets.distinct(s, k, drawSeed);
        ReferenceTable table = existing(s, choices, base);
        w.printf("reference: %d subnets of %s (draw seed %d), seeds %s (the later ones on the first"
                + " %d), %s, data %s%n", k, s.name(), drawSeed, seeds, repeat, base.describe(),
                split.train());
        w.flush();
        for (int si = 0; si < seeds.size(); si++) {
            TrainEvaluator trainer = new TrainEvaluator(split, base.withSeed(seeds.get(si)));
            int upTo = si == 0 ? k : repeat;
            for (int i = 0; i < upTo; i++) {
                if (i % shards != shardIndex || table.rows().get(i).accuracy(si).isPresent()) {
                    continue;
                }
                Architecture a = s.resolve(choices.get(i));
                TrainResult r = trainer.train(a);
                ReferenceTable.Row old = table.rows().get(i);
                double[] acc = old.accuracies();
                // a diverged run (NaN loss) measured nothing about the subnet: left out, not 0.1
                acc[si] = r.diverged() ? Double.NaN : r.accuracy();
                StaticCost c = StaticCost.of(a);
                table = table.withRow(i, new ReferenceTable.Row(a.hash(), c.params(), c.macs(),
                        choices.get(i), acc, old.seconds() + r.seconds()));
                table.write(out);
                w.printf("%3d seed %d  %-16s %8d params  accuracy %.4f  %5.1f s  %s%s%n", i,
                        seeds.get(si), a.hash(), c.params(), r.accuracy(), r.seconds(),
                        r.checkpointAccuracies(), r.diverged() ? "  diverged: left out" : "");
                w.flush();
            }
        }
        w.printf("wrote %s%n", out);
        return 0;
    }

    private ReferenceTable existing(SearchSpace s, List<SubnetChoice> choices, TrainSettings base) {
        if (Files.exists(out)) {
            ReferenceTable t = ReferenceTable.load(out);
            if (t.rows().size() != k) {
                throw new IllegalArgumentException(out + " must have " + k + " rows to be"
                        + " continued, but has " + t.rows().size() + "; use another --out");
            }
            for (int i = 0; i < t.rows().size(); i++) {
                String want = s.resolve(choices.get(i)).hash();
                if (!t.rows().get(i).hash().equals(want) || !t.seeds().equals(seeds)) {
                    throw new IllegalArgumentException(out + " row " + i + " must be subnet "
                            + want + " with seeds " + seeds + " to be continued, but was "
                            + t.rows().get(i).hash() + " with seeds " + t.seeds()
                            + "; use another --out");
                }
            }
            return t;
        }
        List<String> recipe = new ArrayList<>();
        recipe.add("reference accuracies: standalone training with nas' own trainer (TrainEvaluator)");
        recipe.add("space " + s.name() + " (hash " + s.hash() + "), " + k
                + " distinct random subnets drawn with seed " + drawSeed);
        recipe.add("data " + training.dataSet() + ": stratified split (seed 0) of "
                + training.trainSamples() + " training and " + training.valSamples()
                + " validation images, standardized");
        recipe.add("training: " + base.describe().replaceAll(", seed \\d+", "")
                + "; one column per training seed " + seeds + " (later seeds on the first "
                + repeat + " rows)");
        recipe.add("made by: nas supernet reference --out FILE --k " + k + " --draw-seed "
                + drawSeed + " --seeds " + String.join(",", seeds.stream().map(String::valueOf)
                .toList()) + " --repeat " + repeat + " --train-samples " + training.trainSamples()
                + " --val-samples " + training.valSamples() + " --epochs " + training.epochs()
                + " --batch " + training.batch() + " --lr " + training.lr());
        List<ReferenceTable.Row> rows = new ArrayList<>();
        for (SubnetChoice c : choices) {
            Architecture a = s.resolve(c);
            StaticCost cost = StaticCost.of(a);
            rows.add(new ReferenceTable.Row(a.hash(), cost.params(), cost.macs(), c,
                    nans(seeds.size()), 0));
        }
        return new ReferenceTable(recipe, seeds, rows);
    }

    private static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
