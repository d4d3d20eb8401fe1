package io.jnas.distributed;

import java.util.Map;
import java.util.TreeMap;
import org.jobrunr.jobs.lambdas.JobRequest;
import org.jobrunr.jobs.lambdas.JobRequestHandler;

/**
 * One evaluation as a JobRunr job: which run, which architecture (its hash and JSON), which of
 * the project's evaluators with which options, and the project version that submitted it (a
 * worker of another version refuses it). JobRunr stores it as JSON in its jobs table.
 */
public final class EvaluationRequest implements JobRequest {

    private String run;
    private String hash;
    private String design;
    private String evaluator;
    private Map<String, String> options;
    private String version;

    /** For JobRunr's JSON mapper. */
    EvaluationRequest() {
    }

    public EvaluationRequest(String run, String hash, String design, String evaluator,
            Map<String, String> options, String version) {
        this.run = run;
        this.hash = hash;
        this.design = design;
        this.evaluator = evaluator;
        this.options = new TreeMap<>(options);
        this.version = version;
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
}
