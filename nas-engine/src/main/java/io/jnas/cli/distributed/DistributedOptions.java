package io.jnas.cli.distributed;

import io.jnas.distributed.Coordinator;
import io.jnas.distributed.DistributedException;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of {@code nas search} that send evaluations to JobRunr workers: {@code --db URL}
 * (workers started elsewhere with {@code nas worker --db URL}) or {@code --workers N} (N local
 * worker processes on an embedded PostgreSQL). Without either, evaluation stays in process.
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

    /** Whether evaluation goes to workers. */
    public boolean on() {
        return db.given() || workers != null;
    }

    /**
     * The coordinator the options ask for.
     *
     * @param logs where local workers write their logs
     */
    public Coordinator open(Path logs) {
        if (db.given() && workers != null) {
            throw new DistributedException(true, "--workers starts local workers on an embedded"
                    + " database, so it takes no --db, but both were given; with --db start"
                    + " workers with `nas worker --db URL`");
        }
        if (db.given()) {
            return Coordinator.connect(db.settings());
        }
        return Coordinator.local(workers, logs, dashboardPort == null ? 0 : dashboardPort);
    }
}
