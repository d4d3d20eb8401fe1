package io.jnas.cli.distributed;

import io.jnas.distributed.Placement;
import io.jnas.run.RunConfigReader;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of {@code nas search} that send evaluations to JobRunr workers: {@code --db URL}
 * (workers started elsewhere with {@code nas worker --db URL}) or {@code --workers N} (N local
 * worker processes on an embedded PostgreSQL), or the same keys of the run config. Without
 * either, evaluation stays in process.
 */
public final class DistributedOptions {

    @Mixin
    DbOptions db = new DbOptions();

    @Option(names = "--workers", paramLabel = "N", description = "Evaluate on N local worker"
            + " processes (an embedded PostgreSQL; with --db: none started, use nas worker).")
    Integer workers;

    @Option(names = "--dashboard-port", paramLabel = "PORT", description = "With --workers:"
            + " JobRunr's dashboard on this port of the first worker (off by default).")
    Integer dashboardPort;

    /**
     * Where evaluations run: the placement keys of the run-config file (none on resume), each
     * overridden by its flag.
     *
     * @param runConfig the run-config file, or null
     */
    public Placement placement(Path runConfig) {
        Placement file = runConfig == null ? Placement.IN_PROCESS
                : Placement.fromKeys(RunConfigReader.placement(runConfig), runConfig.toString());
        return file.overriddenBy(new Placement(workers, db.url(), db.user(), db.passwordFile(),
                dashboardPort));
    }
}
