package io.jnas.agent.profiler;

/**
 * Service interface of an engine's profiler, found through {@link java.util.ServiceLoader}.
 * Adding an engine means one implementation and one line in
 * {@code META-INF/services/io.jnas.agent.profiler.ProfilerProvider}.
 */
public interface ProfilerProvider {

    /** Engine name, e.g. {@code pytorch}. */
    String engine();

    /** Whether the engine can run here and on which devices; never throws. */
    EngineStatus status();

    /** GPUs this machine has, described ("" when none), whether or not this engine uses them. */
    default String gpuSummary() {
        return "";
    }

    /**
     * Opens the engine on a device with a fixed intra-op thread count.
     *
     * @throws IllegalStateException naming the engine and the reason when it cannot run there
     */
    Profiler open(ComputeDevice device, int threads);
}
