package io.jnas.agent.profiler;

import io.jnas.arch.Architecture;
import io.jnas.arch.BlockSpec;
import io.jnas.cell.CellNetwork;
import io.jnas.agent.timing.Workload;
import java.util.Optional;
import java.util.Set;

/**
 * One engine on one device, ready to prepare workloads. Opened by a {@link ProfilerProvider};
 * used from one thread at a time (the agent's measurement thread).
 *
 * <pre>{@code
 * try (Workload w = profiler.newBlockWorkload(spec, 1, Precision.FLOAT32)) {
 *     LatencyStats s = harness.measure(w, protocol, () -> false);
 * }
 * }</pre>
 */
public interface Profiler extends AutoCloseable {

    /** Engine name as measurements record it, e.g. {@code pytorch}. */
    String engine();

    /** Engine version, e.g. {@code 2.7.1}. */
    String engineVersion();

    ComputeDevice device();

    /** The GPU this profiler measures on, described; empty on the CPU. */
    Optional<String> gpuName();

    /** Precisions this engine supports on its device. */
    Set<Precision> precisions();

    /** One block, built as it sits in a network, with random weights and inputs. */
    Workload newBlockWorkload(BlockSpec block, int batch, Precision precision);

    /** A whole network; one call is one forward pass of all its blocks. */
    Workload newModelWorkload(Architecture architecture, int batch, Precision precision);

    /**
     * A NAS-Bench-201 cell network; one call is one forward pass.
     *
     * @throws IllegalArgumentException when this engine cannot build cell networks
     */
    default Workload newCellWorkload(CellNetwork network, int batch, Precision precision) {
        throw new IllegalArgumentException("engine " + engine() + " cannot build cell networks");
    }

    @Override
    void close();
}
