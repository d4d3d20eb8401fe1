package io.jnas.cli.supernet;

import io.jnas.cli.options.SpaceOption;
import io.jnas.data.DataLocations;
import io.jnas.options.VerboseOption;
import io.jnas.space.SearchSpace;
import io.jnas.supernet.SupernetBench;
import io.jnas.supernet.SupernetData;
import io.jnas.supernet.SupernetSettings;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nas supernet bench}: milliseconds per training step and per subnet score. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times the supernet of a space: a sandwich training step (and its"
                + " phases), the largest subnet's step against ModelBuilder's standalone network,"
                + " and one subnet's score (slice, BatchNorm calibration, validation). Stores"
                + " nothing."})
public final class SupernetBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    SpaceOption space;

    @Option(names = "--steps", defaultValue = "10",
            description = "timed training steps (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--subnets", defaultValue = "10",
            description = "random subnets scored (default: ${DEFAULT-VALUE})")
    int subnets;

    @Option(names = "--score-sizes", split = ",", paramLabel = "CAL/VAL",
            description = "BatchNorm calibration / validation images of each scoring timed"
                    + " (default: the settings' calibration-samples/score-samples)")
    List<String> scoreSizes = new ArrayList<>();

    @Mixin
    SupernetSettingOptions settingOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> options = settingOptions.all();
        SearchSpace s = SearchSpace.load(space.file());
        SupernetSettings settings = SupernetSettings.read(options);
        SupernetData data = SupernetData.load(s, settings, DataLocations.fromOptions(options));
        List<SupernetBench.ScoreSizes> sizes = new ArrayList<>();
        for (String z : scoreSizes) {
            String[] p = z.split("/", -1);
            if (p.length != 2 || !p[0].matches("\\d{1,6}") || !p[1].matches("\\d{1,6}")) {
                throw new IllegalArgumentException("--score-sizes must be CAL/VAL pairs of image"
                        + " counts, e.g. 512/2000,128/500, but had '" + z + "'");
            }
            sizes.add(new SupernetBench.ScoreSizes(Integer.parseInt(p[0]),
                    Integer.parseInt(p[1])));
        }
        if (sizes.isEmpty()) {
            sizes.add(new SupernetBench.ScoreSizes(settings.calibrationSamples(),
                    settings.scoreSamples()));
        }
        for (String line : SupernetBench.run(s, data.split(), settings, steps, subnets, sizes)) {
            out.println(line);
            out.flush();
        }
        return 0;
    }
}
