package io.jnas.cli;

import io.jnas.fleet.MeasureSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the table commands: where tables live and how agents measure. */
public final class TableOptions {

    @Option(names = "--space", defaultValue = "configs/spaces/mnist-small.yaml",
            description = "Search space file (default: ${DEFAULT-VALUE}).")
    Path space;

    @Option(names = "--fleet", defaultValue = "configs/fleets/local.yaml",
            description = "Fleet file (default: ${DEFAULT-VALUE}: the in-process agent on this CPU).")
    Path fleet;

    @Option(names = "--tables-dir", defaultValue = "lookup-tables",
            description = "Folder of the tables (default: ${DEFAULT-VALUE}).")
    Path tablesDir;

    @Option(names = "--warmup", description = "Warm-up calls per round, 0 for none"
            + " (default: the agent's).")
    Integer warmup;

    @Option(names = "--repetitions", description = "Timed calls per round (default: the agent's).")
    int repetitions;

    @Option(names = "--rounds", description = "Rounds of timed calls (default: the agent's).")
    int rounds;

    @Option(names = "--batch", description = "Batch size (default: the agent's, 1).")
    int batch;

    MeasureSettings settings() {
        return new MeasureSettings("", "", batch, "", 0, warmup, repetitions, rounds, 0, null);
    }
}
