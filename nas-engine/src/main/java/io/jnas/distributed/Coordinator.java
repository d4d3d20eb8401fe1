package io.jnas.distributed;

import io.jnas.run.BatchEvaluator;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The search's end of distributed evaluation: the job database (given, or embedded with local
 * workers) and the {@link RemoteEvaluation} of each run.
 *
 * <pre>{@code
 * try (Coordinator c = Coordinator.connect(settings)) {
 *     SearchRun runs = new SearchRun(...).withBatchEvaluator(c.batches(err));
 * }
 * }</pre>
 */
public final class Coordinator implements AutoCloseable {

    /**
     * Candidates a strategy may propose at once. Fixed (not the number of workers), so a run's
     * history, checkpoints and resume do not depend on how many workers there are.
     */
    public static final int BATCH = 32;

    static {
        // JobRunr's start-up lines belong in the workers' logs, not the search's output
        System.setProperty("org.slf4j.simpleLogger.log.org.jobrunr", "warn");
    }

    private final JobDatabase db;
    private final LocalCluster local;
    private final int localWorkers;

    private Coordinator(JobDatabase db, LocalCluster local, int localWorkers) {
        this.db = db;
        this.local = local;
        this.localWorkers = localWorkers;
    }

    /** Workers elsewhere, on the database of {@code settings}. */
    public static Coordinator connect(DbSettings settings) {
        return new Coordinator(JobDatabase.open(settings), null, 0);
    }

    /** {@code workers} local worker processes on an embedded database; logs in {@code logs}. */
    public static Coordinator local(int workers, Path logs, int dashboardPort) {
        if (workers < 1) {
            throw new DistributedException(true, "--workers must be >= 1, but was " + workers);
        }
        LocalCluster c = LocalCluster.startDatabase(logs);
        try {
            JobDatabase db = JobDatabase.open(c.db()); // schema first, then the workers
            c.startWorkers(workers, dashboardPort);
            return new Coordinator(db, c, workers);
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
    }

    public JobDatabase db() {
        return db;
    }

    /** Opens the remote evaluation of each run. */
    public BatchEvaluator.Factory batches(PrintWriter err) {
        return config -> new RemoteEvaluation(db, config, BATCH, err,
                local == null ? () -> { } : local::requireWorkers, localWorkers);
    }

    @Override
    public void close() {
        db.close();
        if (local != null) {
            local.close();
        }
    }
}
