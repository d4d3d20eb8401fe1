package io.jnas.run;

import io.jnas.cli.NasCommand;
import io.jnas.cli.search.SearchBenchCommand;
import io.jnas.cli.search.SearchCommand;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * {@code nas search} (or {@code nas search-bench} when the first argument is "search-bench")
 * with the test evaluators, as a separate process that a test can kill.
 */
public final class SearchProcessMain {

    private SearchProcessMain() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("search-bench")) {
            System.exit(NasCommand.commandLine(new SearchBenchCommand(TestRuns.EVALUATORS,
                    TestRuns.NO_TABLES)).execute(Arrays.copyOfRange(args, 1, args.length)));
        }
        System.exit(NasCommand.commandLine(new SearchCommand(TestRuns.EVALUATORS, TestRuns.NO_TABLES))
                .execute(args));
    }
}
