package io.jnas.agent.cli;

import io.jnas.agent.AgentConfig;
import io.jnas.agent.DeviceInfo;
import io.jnas.agent.Measurement;
import io.jnas.agent.client.AgentClient;
import io.jnas.agent.client.LocalAgent;
import io.jnas.agent.guard.RequestedSettings;
import io.jnas.options.MeasureOptions;
import io.jnas.options.VerboseOption;
import io.jnas.space.SearchSpace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code agent bench}: how fast and how steady this machine measures, on an in-process agent.
 * Times distinct blocks of a space and prints the median block latency, the spread of the
 * measurements and blocks per minute. With {@code --soak N} it instead measures N blocks (the
 * same ones over and over) and prints the resident memory at start and end: the proof that
 * native memory is released after every block.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark measuring on this machine with an in-process agent: median"
                + " block latency, spread of the measurements, blocks per minute.",
            "With --soak N: measure N blocks and print resident memory at start and end."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    MeasureOptions settings;

    @Option(names = "--space", defaultValue = "configs/spaces/mnist-small.yaml", paramLabel = "FILE",
            description = "Search space whose blocks are timed (default ${DEFAULT-VALUE}).")
    Path space;

    @Option(names = "--blocks", defaultValue = "50",
            description = "Distinct blocks to time (default ${DEFAULT-VALUE}).")
    int blocks;

    @Option(names = "--seed", defaultValue = "1", description = "Sampling seed.")
    long seed;

    @Option(names = "--engine", split = ",", defaultValue = "pytorch", paramLabel = "ENGINE",
            description = {"Engine(s) that measure, e.g. pytorch,onnxruntime (default"
                + " ${DEFAULT-VALUE}).", "Several engines time the same keys one after the other"
                + " and are printed side by side."})
    List<String> engines;

    @Mixin
    AgentStartOptions start;

    @Option(names = "--soak", paramLabel = "N",
            description = "Measure N blocks (cycling) and report resident memory.")
    Integer soak;

    @Option(names = "--tiny", description = "1 warm-up, 1 timed call, 1 round, no re-measuring.")
    boolean tiny;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws InterruptedException {
        if (blocks < 1 || blocks > 10_000) {
            throw new ParameterException(spec.commandLine(),
                    "--blocks must be in [1, 10000], but was " + blocks);
        }
        if (soak != null && (soak < 1 || soak > 10_000_000)) {
            throw new ParameterException(spec.commandLine(),
                    "--soak must be in [1, 10000000], but was " + soak);
        }
        SearchSpace s = SpaceArgument.load(spec, space);
        PrintWriter out = spec.commandLine().getOut();
        List<String> keys = KeySampler.distinctKeys(s, blocks, seed);
        RequestedSettings request = tiny
                ? MeasureRequest.of(settings).withCalls(1, 1, 1).withSpread(0, 0)
                : MeasureRequest.of(settings);
        AgentConfig config = start.applyTo(AgentConfig.defaults());
        if (soak != null && engines.size() > 1) {
            throw new ParameterException(spec.commandLine(),
                    "--soak must be used with one --engine, but was given " + engines);
        }
        EngineComparison comparison = new EngineComparison();
        for (String engine : engines) {
            try (LocalAgent local = LocalAgent.start(config.withEngine(engine));
                    AgentClient client = local.client()) {
                DeviceInfo d = client.describe();
                // the clock starts once the agent's start-up warm-up is over
                local.agent().awaitStartupWarmup(start.startupWarmup().plusMinutes(1));
                if (soak == null) {
                    out.printf("bench: %d distinct blocks of %s (seed %d)%n", keys.size(), s.name(),
                            seed);
                    out.printf("agent: %s (%s)%n", d.hardwareId(), d.deviceName());
                    long start = System.nanoTime();
                    List<Long> arrivals = new ArrayList<>();
                    List<Measurement> results = client.profileOps(keys, request,
                            m -> arrivals.add(System.nanoTime()));
                    new BenchReport(out).summary(results, start, arrivals);
                    comparison.add(engine, results);
                } else {
                    new Soak(out, client, keys, request, d.limits().maxKeysPerCall())
                            .run(soak, s.name());
                }
                out.flush();
            } catch (RuntimeException e) {
                return CliFailures.report(spec.commandLine().getErr(), "bench", e, verbose.on());
            }
        }
        if (engines.size() > 1) {
            comparison.print(out, keys);
            out.flush();
        }
        return 0;
    }
}
