package io.jnas.distributed;

import io.jnas.agent.guard.ProfileSettings;
import io.jnas.agent.guard.RequestLimits;
import io.jnas.agent.guard.RequestRejectedException;
import io.jnas.agent.guard.WorkValidator;
import io.jnas.agent.profiler.Precision;
import io.jnas.agent.timing.TimingProtocol;
import io.jnas.arch.Design;

/**
 * What a worker accepts as a job's architecture: the checks a latency agent makes on the
 * architectures of its requests (JSON size, blocks, channels, input size, estimated memory and
 * work at batch 1), then the hash the job names must be the design's.
 */
final class ArchitectureCheck {

    private static final ProfileSettings AT_BATCH_1 = new ProfileSettings("pytorch", "cpu", 1,
            Precision.FLOAT32, 1, TimingProtocol.defaults());

    private final WorkValidator validator;

    ArchitectureCheck(long physicalMemoryBytes) {
        this.validator = new WorkValidator(RequestLimits.defaults(physicalMemoryBytes));
    }

    /**
     * The design of a job.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    Design design(String json, String hash) {
        Design d;
        try {
            d = WorkValidator.isCellNetwork(json) ? validator.cellNetwork(json, AT_BATCH_1)
                    : validator.architecture(json, AT_BATCH_1);
        } catch (RequestRejectedException e) {
            throw new IllegalArgumentException("the job's architecture was refused: "
                    + e.getMessage());
        }
        if (!d.hash().equals(hash)) {
            throw new IllegalArgumentException("the job's hash must be its architecture's ("
                    + d.hash() + "), but was " + hash);
        }
        return d;
    }
}
