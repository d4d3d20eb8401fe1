package io.jnas.distributed;

import static java.util.Objects.requireNonNull;

import io.jnas.accuracy.AccuracyEvaluator;
import io.jnas.arch.Design;
import io.jnas.run.EvaluatorSource;
import java.time.Instant;
import java.util.List;
import java.nio.file.Path;
import java.util.Objects;
import org.jobrunr.JobRunrException;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one {@link EvaluationRequest} on a worker: refuses a job of another project version, an
 * evaluator the project does not have and an architecture that fails the agent's checks (no
 * retry: they would fail again), skips a job whose result the run already has (a job run twice),
 * else evaluates and records the result. The evaluator is opened as a search run opens it, with
 * the run's space (the supernet belongs to one space), and stays open across jobs of the same
 * evaluator, options and space, so data is loaded (and a supernet trained or read) once per
 * worker.
 */
public final class EvaluationHandler implements JobRequestHandler<EvaluationRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationHandler.class);

    private final EvaluatorSource evaluators;
    private final List<String> known;
    private final ResultsTable results;
    private final String worker;
    private final ArchitectureCheck check;
    private final SpaceFiles spaces = new SpaceFiles();
    private AccuracyEvaluator open;
    private String openKey;

    /**
     * @param evaluators opens the project's evaluators
     * @param known the names a job may ask for
     * @param worker this worker's name, recorded with each result
     */
    public EvaluationHandler(EvaluatorSource evaluators, List<String> known, ResultsTable results,
            String worker, long physicalMemoryBytes) {
        this.evaluators = requireNonNull(evaluators, "evaluators");
        this.known = List.copyOf(known);
        this.results = requireNonNull(results, "results");
        this.worker = requireNonNull(worker, "worker");
        this.check = new ArchitectureCheck(physicalMemoryBytes);
    }

    @Override
    public synchronized void run(EvaluationRequest job) {
        if (!ProjectVersion.CURRENT.equals(job.version())) {
            throw refuse("worker " + worker + " runs jnas " + ProjectVersion.CURRENT
                    + ", but this job comes from a search of jnas " + job.version()
                    + ": run workers of the search's version");
        }
        if (!known.contains(job.evaluator())) {
            throw refuse("evaluator must be one of " + known + ", but the job asks for '"
                    + job.evaluator() + "'");
        }
        Design design;
        try {
            design = check.design(job.design(), job.hash());
        } catch (IllegalArgumentException e) {
            throw refuse(e.getMessage());
        }
        if (!results.find(job.run(), List.of(job.hash())).isEmpty()) {
            LOG.info("{} of run {} is recorded already; not evaluated again", job.hash(),
                    job.run());
            return;
        }
        Instant start = Instant.now();
        long t0 = System.nanoTime();
        double accuracy;
        try {
            accuracy = evaluator(job).evaluate(design);
        } catch (IllegalArgumentException e) {
            throw refuse("evaluator '" + job.evaluator() + "' refused " + job.hash() + ": "
                    + e.getMessage());
        }
        double wallMs = (System.nanoTime() - t0) / 1e6;
        if (!Double.isFinite(accuracy)) {
            throw refuse("evaluator '" + job.evaluator() + "' returned " + accuracy + " for "
                    + job.hash());
        }
        boolean recorded = results.record(job.run(), job.hash(),
                new ResultsTable.Result(accuracy, wallMs), worker, start, Instant.now());
        LOG.info("{} of run {}: {} in {} ms{}", job.hash(), job.run(), accuracy,
                Math.round(wallMs), recorded ? "" : " (recorded before by another attempt)");
    }

    /** The job's evaluator: the open one when evaluator, options and space are the same. */
    private AccuracyEvaluator evaluator(EvaluationRequest job) {
        Path space;
        try {
            space = spaces.file(job.space());
        } catch (IllegalArgumentException e) {
            throw refuse(e.getMessage());
        }
        String key = job.evaluator() + " " + job.options() + " " + space;
        if (open == null || !Objects.equals(openKey, key)) {
            close();
            try {
                open = evaluators.open(job.evaluator(), job.options(), space.toString());
            } catch (IllegalArgumentException e) {
                throw refuse("evaluator '" + job.evaluator() + "' cannot open with the job's"
                        + " options: " + e.getMessage());
            }
            openKey = key;
        }
        return open;
    }

    /** Closes the open evaluator. */
    public synchronized void close() {
        if (open != null) {
            open.close();
            open = null;
        }
    }

    /** A failure JobRunr must not retry: the same job would fail the same way. */
    private static JobRunrException refuse(String message) {
        return new JobRunrException(message, true);
    }
}
