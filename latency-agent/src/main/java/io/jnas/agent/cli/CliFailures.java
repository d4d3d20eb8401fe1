package io.jnas.agent.cli;

import io.jnas.failure.FailureText;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one failure policy of every command ({@code nas ...} and the agent jar): a failure prints
 * one line {@code <command>: <what went wrong>} (words from {@link FailureText}, no class names)
 * and exits 2 for bad input (a file, flag or table that cannot be used) or 1 for a failure at run
 * time; {@code -v} adds the stack trace. A word that is not a command ({@code nas worker
 * --help}) is bad input even when help was asked for. Commands just throw.
 *
 * <pre>{@code
 * int exit = CliFailures.configure(new CommandLine(new AgentCommand())).execute(args);
 * }</pre>
 */
public final class CliFailures {

    private CliFailures() {
    }

    /** Installs the policy on a command line (and so on all its subcommands). */
    public static CommandLine configure(CommandLine cl) {
        cl.setExecutionStrategy(CliFailures::execute);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) ->
                report(cmd.getErr(), cmd.getCommandSpec().qualifiedName(), ex,
                        verbose(parseResult)));
        cl.setParameterExceptionHandler((raw, args) -> {
            CommandLine cmd = raw.getCommandLine();
            ParameterException ex = raw;
            if (raw instanceof CommandLine.UnmatchedArgumentException u
                    && unknownCommand(cmd.getCommandSpec(), u.getUnmatched()) != null) {
                ex = unknownCommand(cmd.getCommandSpec(), u.getUnmatched());
            }
            PrintWriter err = cmd.getErr();
            err.println(cmd.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
            if (!(ex instanceof UnknownCommand)
                    && !CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
                err.println("Run '" + cmd.getCommandSpec().qualifiedName()
                        + " --help' for the options.");
            }
            err.flush();
            return FailureText.BAD_INPUT;
        });
        return cl;
    }

    /**
     * Prints one failure and returns its exit code (2 bad input, 1 failure at run time).
     *
     * @param where what failed, e.g. "nas search" or "agent at host:port"
     */
    public static int report(PrintWriter err, String where, Throwable e, boolean verbose) {
        err.println(where + ": " + FailureText.of(e));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof ParameterException ? FailureText.BAD_INPUT : FailureText.exitCode(e);
    }

    /** Refuses words that matched nothing, then runs the last subcommand as picocli does. */
    private static int execute(ParseResult parseResult) {
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            List<String> unmatched = pr.unmatched();
            if (!unmatched.isEmpty()) {
                ParameterException unknown = unknownCommand(pr.commandSpec(), unmatched);
                throw unknown != null ? unknown : new CommandLine.UnmatchedArgumentException(
                        pr.commandSpec().commandLine(), unmatched);
            }
        }
        return new CommandLine.RunLast().execute(parseResult);
    }

    /** "'x' is not a command" when a command was expected; null when not. */
    private static ParameterException unknownCommand(CommandSpec spec, List<String> unmatched) {
        if (!spec.subcommands().isEmpty() && !unmatched.isEmpty()
                && !unmatched.get(0).startsWith("-")) {
            return new UnknownCommand(spec.commandLine(), "'" + unmatched.get(0)
                    + "' is not a command; the commands are " + String.join(", ",
                    spec.subcommands().keySet().stream().filter(n -> !n.equals("help"))
                            .toList()));
        }
        return null;
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption("-v")) {
                return true;
            }
        }
        return false;
    }

    /** A word where a command was expected. */
    private static final class UnknownCommand extends ParameterException {

        private static final long serialVersionUID = 1L;

        UnknownCommand(CommandLine cl, String message) {
            super(cl, message);
        }
    }
}
