package io.jnas.fleet;

import io.jnas.arch.Design;
import io.jnas.arch.OpKey;
import io.jnas.table.LatencyEntry;
import java.util.List;
import java.util.function.Consumer;

/**
 * The engine's view of one latency agent. Calls block and carry deadlines; failures are
 * {@link AgentException}s that name the agent.
 */
public interface FleetAgent extends AutoCloseable {

    AgentEntry entry();

    DeviceInfo describe();

    /** Times the keys in order; each result is handed over as soon as it arrives. */
    void profileOps(List<OpKey> keys, MeasureSettings settings, Consumer<LatencyEntry> onResult);

    /** Times a whole network end to end: a block-list architecture or a cell network. */
    ModelLatency profileModel(Design design, MeasureSettings settings);

    /** True when the agent answers its health check. */
    boolean healthy();

    @Override
    void close();
}
