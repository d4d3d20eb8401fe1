package io.jnas.distributed;

import static java.util.Objects.requireNonNull;

import io.jnas.arch.Design;
import io.jnas.run.BatchEvaluator;
import io.jnas.run.RunConfig;
import io.jnas.run.RunConfigReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobBuilder;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.storage.BackgroundJobServerStatus;
import org.jobrunr.storage.JobNotFoundException;

/**
 * The search's side: each design of a batch becomes a JobRunr job (its id derived from run and
 * hash, so a resumed search finds the jobs it submitted before instead of adding new ones), then
 * the results table is polled until every design has a result; a batch is submitted longest
 * first ({@link LongestFirst}). Designs whose result is recorded
 * already (a resumed run, a job that ran twice) are not submitted again. In asynchronous mode
 * ({@link #submit(Design)}, {@link #awaitAny()}) designs are submitted one by one and come back
 * in the order their results appear.
 *
 * <pre>{@code
 * BatchEvaluator remote = new RemoteEvaluation(db, config, 16, err);
 * List<Score> scores = remote.evaluate(designs);
 * }</pre>
 */
public final class RemoteEvaluation implements BatchEvaluator {

    /** Retries JobRunr makes of a failing evaluation (a crash, not a refusal). */
    static final int RETRIES = 2;
    private static final Duration RESULT_POLL = Duration.ofMillis(100);
    private static final Duration STATE_POLL = Duration.ofSeconds(2);
    private static final Duration NO_WORKER_HINT = Duration.ofSeconds(30);

    private final JobDatabase db;
    private final JobRequestScheduler scheduler;
    private final String run;
    private final RunConfig config;
    private final int batchSize;
    private final PrintWriter err;
    private final Runnable health;
    private final int localWorkers;
    private final String spaceText;
    /** Asynchronous mode: submitted designs without a result yet, in submission order. */
    private final Map<String, Design> submitted = new LinkedHashMap<>();
    private final Deque<Finished> ready = new ArrayDeque<>();
    private long submitNanos;
    private long waitingSince;
    private long lastStates;
    private boolean hinted;
    private int liveWorkers;
    private long liveCheckedAt;

    /**
     * @param batchSize how many candidates a strategy may propose at once (the history does not
     *     depend on it; more keeps more workers busy)
     * @param err where a hint goes when no worker is alive
     */
    public RemoteEvaluation(JobDatabase db, RunConfig config, int batchSize, PrintWriter err) {
        this(db, config, batchSize, err, () -> { }, 0);
    }

    /**
     * @param health checked while waiting; throws when the workers cannot deliver (the local
     *     worker processes of {@code --workers} all ended)
     * @param localWorkers the local workers started for this search (0: workers elsewhere,
     *     counted by their heartbeats)
     */
    public RemoteEvaluation(JobDatabase db, RunConfig config, int batchSize, PrintWriter err,
            Runnable health, int localWorkers) {
        this.db = requireNonNull(db, "db");
        this.config = requireNonNull(config, "config");
        this.scheduler = new JobRequestScheduler(db.storage());
        this.run = runId(config);
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, but was " + batchSize);
        }
        this.batchSize = batchSize;
        this.err = requireNonNull(err, "err");
        this.health = requireNonNull(health, "health");
        this.localWorkers = localWorkers;
        try {
            this.spaceText = Files.readString(Path.of(config.space()));
        } catch (IOException e) {
            throw new DistributedException(true, "space file " + config.space() + " must be"
                    + " readable to send it to the workers, but: " + e.getMessage(), e);
        }
    }

    /** The run's key in the results table: its name and a hash of its resolved config. */
    public static String runId(RunConfig config) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(
                    RunConfigReader.toYaml(config).getBytes(StandardCharsets.UTF_8));
            return config.name() + "@" + HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** The job id of a design of a run: the same on every submission. */
    static UUID jobId(String run, String hash) {
        return UUID.nameUUIDFromBytes((run + "/" + hash).getBytes(StandardCharsets.UTF_8));
    }

    public String run() {
        return run;
    }

    /** Time spent submitting jobs so far, in ms. */
    public double submitMs() {
        return submitNanos / 1e6;
    }

    @Override
    public int batchSize() {
        return batchSize;
    }

    @Override
    public List<Score> evaluate(List<Design> designs) {
        Map<String, Design> pending = new LinkedHashMap<>();
        designs.forEach(d -> pending.put(d.hash(), d));
        Map<String, ResultsTable.Result> done = new LinkedHashMap<>(
                db.results().find(run, pending.keySet()));
        pending.keySet().removeAll(done.keySet());
        LongestFirst.order(List.copyOf(pending.values())).forEach(d -> submit(d.hash(), d));
        startWaiting();
        while (!pending.isEmpty()) {
            Map<String, ResultsTable.Result> found = awaitSome(pending.keySet());
            done.putAll(found);
            pending.keySet().removeAll(found.keySet());
        }
        List<Score> out = new ArrayList<>(designs.size());
        for (Design d : designs) {
            ResultsTable.Result r = done.get(d.hash());
            out.add(new Score(r.accuracy(), r.wallMs()));
        }
        return out;
    }

    /**
     * Two evaluations per worker (the local workers, else those with a live heartbeat, at
     * least one): one running and one waiting, so that a worker that finishes takes its next
     * job at once instead of waiting for JobRunr's next poll ({@link Worker#POLL_INTERVAL}).
     */
    @Override
    public int parallelism() {
        if (localWorkers > 0) {
            return 2 * localWorkers;
        }
        if (System.nanoTime() - liveCheckedAt > STATE_POLL.toNanos() || liveCheckedAt == 0) {
            liveCheckedAt = System.nanoTime();
            liveWorkers = (int) db.storage().getBackgroundJobServers().stream()
                    .filter(BackgroundJobServerStatus::isRunning).count();
        }
        return 2 * Math.max(1, liveWorkers);
    }

    @Override
    public void submit(Design design) {
        if (submitted.containsKey(design.hash())) {
            throw new IllegalArgumentException(design.hash() + " is submitted already");
        }
        submitted.put(design.hash(), design);
        submit(design.hash(), design);
    }

    @Override
    public Finished awaitAny() {
        if (ready.isEmpty() && submitted.isEmpty()) {
            throw new IllegalStateException("no evaluation is running");
        }
        startWaiting();
        while (ready.isEmpty()) {
            Map<String, ResultsTable.Result> found = awaitSome(submitted.keySet());
            for (String hash : List.copyOf(submitted.keySet())) {
                ResultsTable.Result r = found.get(hash);
                if (r != null) {
                    submitted.remove(hash);
                    ready.add(new Finished(hash, new Score(r.accuracy(), r.wallMs())));
                }
            }
        }
        return ready.poll();
    }

    private void startWaiting() {
        waitingSince = System.nanoTime();
        lastStates = System.nanoTime();
        hinted = false;
    }

    /**
     * The results of {@code pending} found at the next poll that finds any; on the way, fails
     * on a job JobRunr gave up on or on dead local workers, and hints once when no worker runs.
     */
    private Map<String, ResultsTable.Result> awaitSome(Set<String> pending) {
        while (true) {
            sleep(RESULT_POLL);
            Map<String, ResultsTable.Result> found = db.results().find(run, pending);
            if (!found.isEmpty()) {
                return found;
            }
            if (System.nanoTime() - lastStates > STATE_POLL.toNanos()) {
                lastStates = System.nanoTime();
                failures(pending);
                health.run();
                if (!hinted && System.nanoTime() - waitingSince > NO_WORKER_HINT.toNanos()
                        && db.storage().getBackgroundJobServers().isEmpty()) {
                    err.println("nas search: " + pending.size() + " evaluations wait for a"
                            + " worker, but none is running: start `nas worker --db "
                            + db.settings().url() + "`");
                    err.flush();
                    hinted = true;
                }
            }
        }
    }

    private void submit(String hash, Design design) {
        long s0 = System.nanoTime();
        create(hash, design);
        submitNanos += System.nanoTime() - s0;
    }

    private void create(String hash, Design design) {
        UUID id = jobId(run, hash);
        try {
            Job job = db.storage().getJobById(id);
            StateName state = job.getState();
            if (state != StateName.FAILED && state != StateName.DELETED
                    && state != StateName.SUCCEEDED) {
                return; // enqueued, scheduled for a retry or processing: wait for it
            }
            db.storage().deletePermanently(id); // ended without a result: run it again
        } catch (JobNotFoundException e) {
            // not submitted before
        }
        scheduler.create(JobBuilder.aJob().withId(id).withName("evaluate " + hash + " of " + run)
                .withAmountOfRetries(RETRIES)
                .withJobRequest(new EvaluationRequest(run, hash, design.toJson(),
                        config.evaluator(), config.evaluatorOptions(), ProjectVersion.CURRENT,
                        spaceText)));
    }

    /** Fails on the first pending job that JobRunr gave up on (no retry left, or a refusal). */
    private void failures(Iterable<String> pending) {
        for (String hash : pending) {
            Job job;
            try {
                job = db.storage().getJobById(jobId(run, hash));
            } catch (JobNotFoundException e) {
                throw new DistributedException(false, "the job evaluating " + hash
                        + " was deleted (from JobRunr's dashboard?): resume the search to"
                        + " submit it again");
            }
            if (job.getState() == StateName.FAILED) {
                FailedState f = job.getLastJobStateOfType(FailedState.class).orElseThrow();
                String server = job.getJobStates().stream()
                        .filter(s -> s instanceof org.jobrunr.jobs.states.ProcessingState)
                        .map(s -> ((org.jobrunr.jobs.states.ProcessingState) s).getServerName())
                        .reduce((a, b) -> b).orElse("a worker");
                throw new DistributedException(false, "evaluating " + hash + " failed on "
                        + server + ": " + f.getExceptionMessage());
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for results", e);
        }
    }
}
