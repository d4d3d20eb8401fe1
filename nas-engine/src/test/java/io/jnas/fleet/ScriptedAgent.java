package io.jnas.fleet;

import io.jnas.arch.Design;
import io.jnas.arch.OpKey;
import io.jnas.table.LatencyEntry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A test double for scheduling and failure tests only: answers with figures derived from the key
 * and fails after a set number of results. Real measurement is tested against real agents.
 */
final class ScriptedAgent implements FleetAgent {

    static final Map<OpKey, AtomicInteger> MEASURED = new ConcurrentHashMap<>();

    private final AgentEntry entry;
    private final String hardwareId;
    private final AtomicInteger budget;
    final AtomicInteger served = new AtomicInteger();

    ScriptedAgent(String name, String hardwareId, int failAfter) {
        this.entry = new AgentEntry(name, "127.0.0.1:1", Optional.empty(), Optional.empty(),
                Duration.ofSeconds(5));
        this.hardwareId = hardwareId;
        this.budget = new AtomicInteger(failAfter);
    }

    @Override
    public AgentEntry entry() {
        return entry;
    }

    @Override
    public DeviceInfo describe() {
        return new DeviceInfo(hardwareId, "scripted", "pytorch", "2.7.1", "cpu", 1, 2, 1L << 30, "",
                "test", new MeasureSettings("pytorch", "cpu", 1, "float32", 1, 2, 3, 2, 0.1, 1));
    }

    @Override
    public void profileOps(List<OpKey> keys, MeasureSettings settings, Consumer<LatencyEntry> onResult) {
        for (OpKey k : keys) {
            if (budget.decrementAndGet() < 0) {
                throw new AgentException("agent " + entry + " ProfileOps failed with UNAVAILABLE",
                        true, null);
            }
            MEASURED.computeIfAbsent(k, x -> new AtomicInteger()).incrementAndGet();
            served.incrementAndGet();
            double ms = 0.01 * (1 + Math.abs(k.toString().hashCode() % 100));
            onResult.accept(new LatencyEntry(k, ms, ms, ms, ms, 0, 0, 6, 0, false, 1L));
        }
    }

    @Override
    public ModelLatency profileModel(Design architecture, MeasureSettings settings) {
        throw new UnsupportedOperationException("not used by table builds");
    }

    @Override
    public boolean healthy() {
        return budget.get() > 0;
    }

    @Override
    public void close() {
    }
}
