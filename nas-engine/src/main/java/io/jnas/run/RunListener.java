package io.jnas.run;

import io.jnas.search.Evaluation;

/** Follows a run as it goes: progress bars, log lines. Called on the run's thread. */
public interface RunListener {

    /** A listener that does nothing. */
    RunListener NONE = new RunListener() { };

    /**
     * The run is about to start.
     *
     * @param logged evaluations in the log that will be replayed, not evaluated again
     */
    default void started(RunConfig config, RunDirectory directory, int logged) {
    }

    /**
     * One evaluation was added to the history.
     *
     * @param replayed whether it was taken from the log of a resumed run
     */
    default void evaluated(Evaluation evaluation, boolean replayed) {
    }

    /** A one-line notice for the user, e.g. that a damaged file was ignored. */
    default void notice(String line) {
    }

    /** The run has ended and its results are written. */
    default void finished(RunResult result) {
    }
}
