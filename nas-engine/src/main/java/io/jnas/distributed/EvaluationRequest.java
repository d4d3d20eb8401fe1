package io.jnas.distributed;

import java.util.Map;
import java.util.TreeMap;
import org.jobrunr.jobs.lambdas.JobRequest;
import org.jobrunr.jobs.lambdas.JobRequestHandler;

/**
 * One evaluation as a JobRunr job: which run, which architecture (its hash and JSON), which of
 * the project's evaluators with which options, the run's space file as text (for evaluators of
 * one space, the supernet), and the project version that submitted it (a worker of another
 * version refuses it). JobRunr stores it as JSON in its jobs table.
 */
public final class EvaluationRequest implements JobRequest {

    private String run;
    private String hash;
    private String design;
    private String evaluator;
    private Map<String, String> options;
    private String version;
    private String space;

    /** For JobRunr's JSON mapper. */
    EvaluationRequest() {
    }

    /**
     * @param space the text of the run's space file: evaluators that belong to one space (the
     *     weight-sharing supernet) open with it on the worker
     */
    public EvaluationRequest(String run, String hash, String design, String evaluator,
            Map<String, String> options, String version, String space) {
        this.run = run;
        this.hash = hash;
        this.design = design;
        this.evaluator = evaluator;
        this.options = new TreeMap<>(options);
        this.version = version;
        this.space = space;
    }

    @Override
    public Class<? extends JobRequestHandler<EvaluationRequest>> getJobRequestHandler() {
        return EvaluationHandler.class;
    }

    public String run() {
        return run;
    }

    public String hash() {
        return hash;
    }

    public String design() {
        return design;
    }

    public String evaluator() {
        return evaluator;
    }

    public Map<String, String> options() {
        return options == null ? Map.of() : options;
    }

    public String version() {
        return version;
    }

    /** The run's space file as text (null from a search that did not send it). */
    public String space() {
        return space;
    }
}
