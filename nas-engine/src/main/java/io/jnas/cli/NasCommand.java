package io.jnas.cli;

import io.jnas.model.DjlRuntime;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code nas} command line: one subcommand per job. */
@Command(name = "nas", mixinStandardHelpOptions = true, version = "jnas 0.1.0",
        description = "Hardware-aware neural architecture search for the JVM.",
        subcommands = {
            CommandLine.HelpCommand.class,
            EvalBenchCommand.class,
            // subcommands are registered here, one line each
        })
public final class NasCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        DjlRuntime.configure(1);
        System.exit(new CommandLine(new NasCommand()).execute(args));
    }
}
