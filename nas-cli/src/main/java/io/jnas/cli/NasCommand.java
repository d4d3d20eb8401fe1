package io.jnas.cli;

import io.jnas.agent.cli.CliFailures;
import io.jnas.agent.cli.QuietLogging;
import io.jnas.model.DjlRuntime;
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
            io.jnas.cli.supernet.SupernetCommand.class,
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
     * The command line with its failure policy ({@link CliFailures}): a bad option, file, flag or
     * table prints one line and exits 2; a failure at run time prints one line
     * ({@code nas <cmd>: what went wrong}) and exits 1; with {@code -v} also the stack trace.
     */
    public static CommandLine newCommandLine() {
        return CliFailures.configure(new CommandLine(new NasCommand()));
    }

    /**
     * A command line of one subcommand object as {@code nas} runs it (tests, embedding): the
     * same failure policy, and messages named {@code nas <command>}.
     */
    public static CommandLine commandLine(Object subcommand) {
        CommandLine cl = new CommandLine(subcommand);
        return CliFailures.configure(cl.setCommandName("nas " + cl.getCommandName()));
    }

    public static void main(String[] args) {
        QuietLogging.configure(args);
        // threads are fixed by the first DJL user (an agent's --threads, or 1 for everything else)
        DjlRuntime.prepare();
        System.exit(newCommandLine().execute(args));
    }
}
