package io.jnas.agent.cli;

import io.jnas.agent.DeviceInfo;
import io.jnas.agent.client.AgentClient;
import io.jnas.agent.guard.RequestLimits;
import io.jnas.agent.profiler.EngineStatus;
import io.jnas.agent.timing.TimingProtocol;
import io.jnas.options.VerboseOption;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code agent describe}: what an agent's device is and how it measures. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Ask an agent what its device is, which engines it has and how it measures.")
final class DescribeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TargetOptions target;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AgentClient client = target.connect(spec)) {
            print(out, client.describe());
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            return CliFailures.report(spec.commandLine().getErr(), "agent at " + target.target, e,
                    verbose.on());
        }
    }

    static void print(PrintWriter out, DeviceInfo d) {
        out.printf("hardware id    %s%n", d.hardwareId());
        out.printf("device         %s (%s)%n", d.device(), d.deviceName());
        out.printf(Locale.ROOT, "host           %d cores, %.1f GiB, %s %s%n", d.cpuCores(),
                d.memoryBytes() / (double) (1L << 30), d.os(), d.arch());
        out.printf("gpu            %s%n", d.gpu().isEmpty() ? "none" : d.gpu());
        out.printf("agent          %s, %d thread%s%n", d.agentVersion(), d.threads(),
                d.threads() == 1 ? "" : "s");
        String label = "engines";
        for (EngineStatus e : d.engines()) {
            StringBuilder sb = new StringBuilder(e.engine());
            if (e.available()) {
                sb.append(' ').append(e.version()).append(" on ").append(e.devices());
                e.unavailableDevices().forEach((dev, why) ->
                        sb.append("; ").append(dev).append(" unavailable: ").append(why));
            } else {
                sb.append(" unavailable: ").append(e.reason());
            }
            out.printf("%-14s %s%n", label, sb);
            label = "";
        }
        TimingProtocol t = d.defaults();
        out.printf(Locale.ROOT, "protocol       %s, float32, batch 1, %d warm-up + %d timed calls"
                        + " per round x %d rounds, re-measure when rounds cv > %.2f (up to %d"
                        + " times)%n", d.engine(), t.warmup(), t.repetitions(), t.rounds(),
                t.maxCv(), t.maxRemeasure());
        RequestLimits l = d.limits();
        out.printf(Locale.ROOT, "limits         %d keys per call, batch <= %d, channels <= %d,"
                        + " size <= %d, %d blocks per model, work <= %.0f GMACs, memory <= %d MiB,"
                        + " queue %d%n", l.maxKeysPerCall(), l.maxBatch(), l.maxChannels(),
                l.maxSpatial(), l.maxBlocksPerModel(), l.maxWorkGmacs(),
                l.maxMemoryBytes() >> 20, l.queueCapacity());
    }
}
