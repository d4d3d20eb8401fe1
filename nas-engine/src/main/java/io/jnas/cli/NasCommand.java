package io.jnas.cli;

import io.jnas.model.DjlRuntime;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code nas} command line: one subcommand per job.
 *
 * <pre>{@code int exit = NasCommand.newCommandLine().execute("profile", "--json");}</pre>
 */
@Command(name = "nas", mixinStandardHelpOptions = true, version = "jnas " + io.jnas.distributed.ProjectVersion.CURRENT,
        description = "Hardware-aware neural architecture search for the JVM.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ProfileCommand.class,
            io.jnas.agent.cli.AgentCommand.class,
            FleetCommand.class,
            TablesCommand.class,
            EvalBenchCommand.class,
            // subcommands are registered here, one line each
            io.jnas.cli.search.SearchCommand.class,
            io.jnas.cli.search.SearchBenchCommand.class,
            io.jnas.cli.search.TableBenchCommand.class,
            io.jnas.cli.export.ExportCommand.class,
            io.jnas.cli.distributed.WorkerCommand.class,
            io.jnas.cli.distributed.WorkersBenchCommand.class,
        })
public final class NasCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The command line with its failure policy: a bad option prints one line and a pointer to
     * {@code --help} and exits 2; an unexpected exception prints one line
     * ({@code nas <cmd>: message}) and exits 1; with {@code -v} it also prints the stack trace.
     */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new NasCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
            err.println(cmd.getCommandSpec().qualifiedName() + ": " + message);
            if (verbose(parseResult)) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println(cmd.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
                err.println("Run '" + cmd.getCommandSpec().qualifiedName()
                        + " --help' for the options.");
            }
            err.flush();
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
        return cl;
    }

    private static boolean verbose(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption("-v")) {
                return true;
            }
        }
        return false;
    }

    public static void main(String[] args) {
        // threads are fixed by the first DJL user (an agent's --threads, or 1 for everything else)
        DjlRuntime.prepare();
        System.exit(newCommandLine().execute(args));
    }
}
