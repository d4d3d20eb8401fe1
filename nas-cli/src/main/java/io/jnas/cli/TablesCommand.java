package io.jnas.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code nas tables}: build, calibrate, validate and show lookup tables. */
@Command(name = "tables", mixinStandardHelpOptions = true,
        description = "Build latency lookup tables with a fleet of agents, calibrate and validate them.",
        subcommands = {TablesBuildCommand.class, TablesCalibrateCommand.class,
            TablesValidateCommand.class, TablesShowCommand.class})
public final class TablesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
