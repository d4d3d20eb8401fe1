package io.jnas.agent.cli;

import io.jnas.agent.client.AgentClient;
import io.jnas.rpc.DeviceDescription;
import io.jnas.rpc.EngineInfo;
import io.jnas.rpc.MeasurementSettings;
import io.jnas.rpc.RequestLimits;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code agent describe}: what an agent's device is and how it measures. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Ask an agent what its device is, which engines it has and how it measures.")
final class DescribeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TargetOptions target;

    @Option(names = {"-v", "--verbose"}, description = "Stack traces on failure.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AgentClient client = target.connect(spec)) {
            print(out, client.describe());
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            return Failures.report(spec.commandLine().getErr(), "agent at " + target.target, e,
                    verbose);
        }
    }

    static void print(PrintWriter out, DeviceDescription d) {
        out.printf("hardware id    %s%n", d.getHardwareId());
        out.printf("device         %s (%s)%n", d.getDevice(), d.getDeviceName());
        out.printf("host           %d cores, %.1f GiB, %s %s%n", d.getCpuCores(),
                d.getMemoryBytes() / (double) (1L << 30), d.getOs(), d.getArch());
        out.printf("gpu            %s%n", d.getGpu().isEmpty() ? "none" : d.getGpu());
        out.printf("agent          %s, %d thread%s%n", d.getAgentVersion(), d.getThreads(),
                d.getThreads() == 1 ? "" : "s");
        String label = "engines";
        for (EngineInfo e : d.getEnginesList()) {
            StringBuilder sb = new StringBuilder(e.getName());
            if (e.getAvailable()) {
                sb.append(' ').append(e.getVersion()).append(" on ").append(e.getDevicesList());
                e.getUnavailableDevicesMap().forEach((dev, why) ->
                        sb.append("; ").append(dev).append(" unavailable: ").append(why));
            } else {
                sb.append(" unavailable: ").append(e.getReason());
            }
            out.printf("%-14s %s%n", label, sb);
            label = "";
        }
        MeasurementSettings s = d.getDefaultSettings();
        out.printf(Locale.ROOT, "protocol       %s, %s, batch %d, %d warm-up + %d timed calls per"
                        + " round x %d rounds, re-measure when rounds cv > %.2f (up to %d times)%n",
                s.getEngine(), s.getDtype(), s.getBatch(), s.getWarmup(), s.getRepetitions(),
                s.getRounds(), s.getMaxCv(), s.getMaxRemeasure());
        RequestLimits l = d.getLimits();
        out.printf(Locale.ROOT, "limits         %d keys per call, batch <= %d, channels <= %d,"
                        + " size <= %d, %d blocks per model, work <= %.0f GMACs, memory <= %d MiB,"
                        + " queue %d%n", l.getMaxKeysPerCall(), l.getMaxBatch(),
                l.getMaxChannels(), l.getMaxSpatial(), l.getMaxBlocksPerModel(),
                l.getMaxWorkGmacs(), l.getMaxMemoryBytes() >> 20, l.getQueueCapacity());
    }
}
