package io.jnas.cli.supernet;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code nas supernet}: train a weight-sharing supernet and measure how well it ranks subnets. */
@Command(name = "supernet", mixinStandardHelpOptions = true,
        description = "Weight-sharing supernet (once-for-all): train it, build the standalone"
                + " reference, and score evaluators against that reference.",
        subcommands = {SupernetTrainCommand.class, ReferenceCommand.class, FidelityCommand.class,
            SupernetBenchCommand.class})
public final class SupernetCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
