package io.jnas.fleet;

/** Receives progress of a table build, per hardware id (called from worker threads). */
public interface BuildProgress {

    void start(String hardwareId, int total, int alreadyMeasured);

    void measured(String hardwareId, String agent);

    void agentFailed(String hardwareId, String agent, String reason);

    void finished(String hardwareId);

    /** Progress that goes nowhere. */
    static BuildProgress none() {
        return new BuildProgress() {
            @Override
            public void start(String hardwareId, int total, int alreadyMeasured) {
            }

            @Override
            public void measured(String hardwareId, String agent) {
            }

            @Override
            public void agentFailed(String hardwareId, String agent, String reason) {
            }

            @Override
            public void finished(String hardwareId) {
            }
        };
    }
}
