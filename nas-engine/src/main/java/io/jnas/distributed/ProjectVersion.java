package io.jnas.distributed;

/**
 * The project version a worker and a search compare: a job carries the version of the search
 * that submitted it, and a worker of another version refuses it (evaluators, data loading or
 * architecture encoding may differ between versions, which would break the run's determinism).
 */
public final class ProjectVersion {

    /** This build's version (also {@code nas --version}). */
    public static final String CURRENT = "0.1.0";

    private ProjectVersion() {
    }
}
