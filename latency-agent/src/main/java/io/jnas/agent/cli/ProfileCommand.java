package io.jnas.agent.cli;

import io.jnas.agent.Measurement;
import io.jnas.agent.client.AgentClient;
import io.jnas.agent.guard.RequestedSettings;
import io.jnas.agent.timing.LatencyStats;
import io.jnas.arch.Architecture;
import io.jnas.options.MeasureOptions;
import io.jnas.options.VerboseOption;
import io.jnas.space.SearchSpace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code agent profile}: a client-side check of an agent. Samples architectures of a space, has
 * the agent time their blocks (streamed as they come) and each whole network, and prints the
 * sum of the blocks beside the end-to-end figure.
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Have an agent time the blocks of sampled architectures, then each whole"
                + " network, and compare the sum of the blocks with end to end.")
final class ProfileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TargetOptions target;

    @Mixin
    MeasureOptions settings;

    @Option(names = "--space", required = true, paramLabel = "FILE",
            description = "Search space file, e.g. configs/spaces/mnist-small.yaml.")
    Path space;

    @Option(names = "--sample", defaultValue = "5",
            description = "Architectures to sample (default ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--seed", defaultValue = "1", description = "Sampling seed.")
    long seed;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        if (sample < 1 || sample > 1000) {
            throw new ParameterException(spec.commandLine(),
                    "--sample must be in [1, 1000], but was " + sample);
        }
        SearchSpace s = SpaceArgument.load(spec, space);
        PrintWriter out = spec.commandLine().getOut();
        List<Architecture> archs = KeySampler.architectures(s, sample, seed);
        List<String> keys = KeySampler.distinctKeys(archs);
        RequestedSettings requested = MeasureRequest.of(settings);
        try (AgentClient client = target.connect(spec)) {
            out.printf("profiling %d architectures of %s (seed %d): %d distinct blocks on %s%n",
                    sample, s.name(), seed, keys.size(), client.describe().hardwareId());
            out.flush();
            Map<String, Double> medians = new HashMap<>();
            client.profileOps(keys, requested, m -> {
                medians.put(m.subject(), m.stats().medianMs());
                out.println(line(m));
                out.flush();
            });
            out.printf("%-18s %6s %14s %12s %8s%n", "architecture", "blocks", "sum of blocks",
                    "end to end", "e2e/sum");
            for (Architecture a : archs) {
                Measurement m = client.profileModel(a.toJson(), requested);
                double sum = a.opKeys().stream().mapToDouble(k -> medians.get(k.toString())).sum();
                out.printf(Locale.ROOT, "%-18s %6d %11.3f ms %9.3f ms %8.2f%s%n", m.subject(),
                        a.blocks().size(), sum, m.stats().medianMs(), m.stats().medianMs() / sum,
                        m.stats().unstable() ? "  (unstable)" : "");
                out.flush();
            }
            return 0;
        } catch (RuntimeException e) {
            return CliFailures.report(spec.commandLine().getErr(), "agent at " + target.target, e,
                    verbose.on());
        }
    }

    static String line(Measurement m) {
        LatencyStats s = m.stats();
        return String.format(Locale.ROOT, "%9.3f ms  p10 %7.3f  p90 %7.3f  cv %5.2f  rounds cv %5.2f"
                        + "%s  %s", s.medianMs(), s.p10Ms(), s.p90Ms(), s.cv(), s.roundsCv(),
                s.remeasured() > 0 ? "  remeasured " + s.remeasured()
                        + (s.unstable() ? " unstable" : "") : "", m.subject());
    }
}
