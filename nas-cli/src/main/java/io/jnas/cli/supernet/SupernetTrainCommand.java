package io.jnas.cli.supernet;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnas.cli.choice.SupernetProgress;
import io.jnas.cli.options.SpaceOption;
import io.jnas.data.DataLocations;
import io.jnas.options.VerboseOption;
import io.jnas.space.SearchSpace;
import io.jnas.supernet.SupernetData;
import io.jnas.supernet.SupernetSettings;
import io.jnas.supernet.SupernetStore;
import io.jnas.supernet.SupernetTrainer;
import io.jnas.supernet.TrainedSupernet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nas supernet train}: trains (or finds) the supernet of a space and stores it. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains the weight-sharing supernet of a space with the sandwich rule"
                + " (largest, smallest and n random subnets per step, in-place distillation from"
                + " the largest, cosine learning rate) and stores it under"
                + " <runs-dir>/<space>-<hash>-<data><pool>-<samples>-s<seed>-<budget>/.",
            "A finished supernet with the same settings is reused, not retrained."})
public final class SupernetTrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    SpaceOption space;

    @Option(names = "--runs-dir", defaultValue = "runs/supernets",
            description = "where supernets are stored (default: ${DEFAULT-VALUE})")
    Path runsDir;

    @Option(names = "--resume", description = "continue from the folder's last checkpoint")
    boolean resume;

    @Mixin
    SupernetSettingOptions settingOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SearchSpace s = SearchSpace.load(space.file());
        Map<String, String> options = settingOptions.all();
        SupernetSettings settings = SupernetSettings.read(options);
        DataLocations where = DataLocations.fromOptions(options);
        SupernetData data = SupernetData.load(s, settings, where);
        SupernetStore store = data.store(runsDir, s, settings);
        out.printf("supernet of %s (%s subnets), %s, %d train / %d validation images, seed %d,"
                + " budget %s%n", s.name(), s.size(), settings.dataSet(), settings.trainSamples(),
                settings.validationSamples(), settings.seed(), settings.budget());
        out.printf("store: %s%n", store.dir());
        out.flush();
        try (TrainedSupernet t = SupernetTrainer.obtain(s, data.split(),
                settings, store, resume, SupernetProgress.forConsole(spec.commandLine().getErr()))) {
            JsonNode summary = store.readSummary();
            out.printf("%s: largest subnet %.4f, smallest %.4f validation accuracy; %s steps,"
                    + " %.1f s of training%s%n", t.reused() ? "reused" : "trained",
                    summary.get("largestAccuracy").asDouble(),
                    summary.get("smallestAccuracy").asDouble(), summary.get("steps").asText(),
                    summary.get("seconds").asDouble(), t.reused() ? " (in an earlier run)" : "");
        }
        return 0;
    }
}
