package io.jnas.distributed;

import io.jnas.arch.Design;
import io.jnas.codec.SearchCodec;
import io.jnas.codec.SearchCodecs;
import io.jnas.run.BatchEvaluator;
import io.jnas.run.RunConfig;
import io.jnas.space.SubnetSampler;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Throughput of local workers: for each worker count, N worker processes on an embedded
 * PostgreSQL, one warm-up job per worker (DJL and data loaded), then a batch of distinct random
 * architectures of the run config's space (the same batch for every worker count), timed from the first job's start to the last job's
 * end. The
 * engine's overhead per job is what a worker spends between two jobs (its finish of one to its
 * start of the next: JobRunr's state updates and fetch, the results-table check), from the
 * results table's times, and the search's submission time per job.
 */
public final class WorkersBench {

    /** One worker count's figures. */
    public record Row(int workers, int evaluations, double seconds, double evaluatorSeconds,
            List<Double> gapsMs, double submitMs) {

        public double perHour() {
            return evaluations * 3600.0 / seconds;
        }
    }

    static {
        System.setProperty("org.slf4j.simpleLogger.log.org.jobrunr", "warn");
    }

    private final RunConfig config;
    private final PrintWriter err;

    public WorkersBench(RunConfig config, PrintWriter err) {
        this.config = config;
        this.err = err;
    }

    /** Runs {@code evaluations} evaluations on {@code workers} local workers. */
    public Row run(int workers, int evaluations, long seed, Path logs) {
        // the first `evaluations` designs of the seed are timed, whatever the worker count, so
        // the rows compare the same work; the warm-up jobs come after them
        List<Design> designs = designs(evaluations + workers, seed);
        List<Design> batch = designs.subList(0, evaluations);
        List<Design> warmUp = designs.subList(evaluations, designs.size());
        try (LocalCluster cluster = LocalCluster.startDatabase(logs.resolve("w" + workers))) {
            JobDatabase db = JobDatabase.open(cluster.db());
            try {
                cluster.startWorkers(workers, 0);
                RemoteEvaluation warm = new RemoteEvaluation(db, config.withName("warm-up-"
                        + workers), workers, err, cluster::requireWorkers, workers);
                warm.evaluate(warmUp);
                err.println("workers-bench: " + workers + " worker(s) warm; timing "
                        + evaluations + " evaluations");
                err.flush();
                RemoteEvaluation timed = new RemoteEvaluation(db, config.withName("timed-"
                        + workers), evaluations, err, cluster::requireWorkers, workers);
                List<BatchEvaluator.Score> scores = timed.evaluate(batch);
                double evaluator = scores.stream().mapToDouble(BatchEvaluator.Score::wallMs)
                        .sum() / 1e3;
                return new Row(workers, evaluations, span(db, timed.run()), evaluator,
                        gaps(db, timed.run()), timed.submitMs() / evaluations);
            } finally {
                db.close();
            }
        }
    }

    private List<Design> designs(int n, long seed) {
        SearchCodec<?> codec = SearchCodecs.load(Path.of(config.space()));
        SplittableRandom rng = new SplittableRandom(seed);
        return SubnetSampler.distinct(n, () -> codec.decode(codec.random(rng)), Design::hash,
                "the evaluations plus the workers", "space '" + codec.spaceName() + "'");
    }

    /**
     * Seconds from the first job's start to the last job's end (the first pickup of an idle
     * worker waits up to one poll interval more, once per batch).
     */
    private static double span(JobDatabase db, String run) {
        try (Connection c = db.settings().dataSource().getConnection();
                PreparedStatement p = c.prepareStatement("SELECT EXTRACT(EPOCH FROM"
                        + " max(finished_at) - min(started_at)) FROM " + ResultsTable.TABLE
                        + " WHERE run_id = ?")) {
            p.setString(1, run);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getDouble(1);
            }
        } catch (SQLException e) {
            throw new DistributedException(false, "cannot read the results: " + e.getMessage(),
                    e);
        }
    }

    /** Per worker, the time from the end of one job to the start of its next, in ms. */
    private static List<Double> gaps(JobDatabase db, String run) {
        List<Double> gaps = new ArrayList<>();
        try (Connection c = db.settings().dataSource().getConnection();
                PreparedStatement p = c.prepareStatement("SELECT worker, started_at, finished_at"
                        + " FROM " + ResultsTable.TABLE + " WHERE run_id = ?"
                        + " ORDER BY worker, started_at")) {
            p.setString(1, run);
            try (ResultSet r = p.executeQuery()) {
                String worker = null;
                java.sql.Timestamp lastEnd = null;
                while (r.next()) {
                    if (r.getString(1).equals(worker)) {
                        gaps.add((r.getTimestamp(2).toInstant().toEpochMilli()
                                - lastEnd.toInstant().toEpochMilli()) * 1.0);
                    }
                    worker = r.getString(1);
                    lastEnd = r.getTimestamp(3);
                }
            }
        } catch (SQLException e) {
            throw new DistributedException(false, "cannot read the results: " + e.getMessage(),
                    e);
        }
        Collections.sort(gaps);
        return gaps;
    }
}
