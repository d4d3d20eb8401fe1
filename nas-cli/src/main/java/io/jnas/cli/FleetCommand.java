package io.jnas.cli;

import io.jnas.fleet.AgentEntry;
import io.jnas.fleet.AgentException;
import io.jnas.fleet.DeviceInfo;
import io.jnas.fleet.FleetAgent;
import io.jnas.fleet.FleetConnector;
import io.jnas.fleet.FleetFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nas fleet status}: each agent's description and health, in a table. */
@Command(name = "fleet", mixinStandardHelpOptions = true,
        description = "Inspect the agents of a fleet file.",
        subcommands = FleetCommand.Status.class)
public final class FleetCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code nas fleet status --fleet F}. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Ask every agent for Describe and Health and print them in a table.")
    public static final class Status implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--fleet", defaultValue = "configs/fleets/local.yaml",
                description = "Fleet file (default: ${DEFAULT-VALUE}).")
        Path fleet;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<AgentEntry> entries = FleetFile.load(fleet);
            FleetConnector connector = FleetConnector.standard();
            String fmt = "%-16s %-22s %-8s %-44s %-9s %-7s %-5s %-7s %s%n";
            out.printf(Locale.ROOT, fmt, "AGENT", "ADDRESS", "HEALTH", "HARDWARE ID", "ENGINE",
                    "DEVICE", "THR", "CORES", "MEMORY");
            int down = 0;
            for (AgentEntry e : entries) {
                try (FleetAgent a = connector.open(e)) {
                    DeviceInfo d = a.describe();
                    out.printf(Locale.ROOT, fmt, e.name(), e.address(), a.healthy() ? "SERVING" : "DOWN",
                            d.hardwareId(), d.engine() + " " + d.engineVersion(), d.device(),
                            d.threads(), d.cpuCores(), (d.memoryBytes() >> 30) + " GiB");
                } catch (AgentException ex) {
                    down++;
                    out.printf(Locale.ROOT, fmt, e.name(), e.address(), "DOWN", "-", "-", "-", "-",
                            "-", "-");
                    spec.commandLine().getErr().println(ex.getMessage());
                }
            }
            out.flush();
            return down == 0 ? 0 : 1;
        }
    }
}
