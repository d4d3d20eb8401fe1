package io.jnas.calibrate;

import io.jnas.arch.Architecture;
import io.jnas.arch.Design;
import io.jnas.arch.OpKey;
import io.jnas.fleet.AgentEntry;
import io.jnas.fleet.DeviceInfo;
import io.jnas.fleet.FleetAgent;
import io.jnas.fleet.MeasureSettings;
import io.jnas.fleet.MeasurementProtocol;
import io.jnas.fleet.ModelLatency;
import io.jnas.table.LatencyEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A test double for the ratio protocol's statistics only: each network has a true latency, and
 * the k-th call of the run is slowed by the k-th factor of a load trace (the machine's speed as
 * other agents come and go). Real timing is tested against the real agent in RatioTimerIT.
 */
final class DriftingAgent implements FleetAgent {

    private final Map<String, Double> trueMs;
    private final double[] load;
    final List<MeasureSettings> asked = new ArrayList<>();

    DriftingAgent(Map<String, Double> trueMs, double[] load) {
        this.trueMs = trueMs;
        this.load = load;
    }

    @Override
    public ModelLatency profileModel(Design design, MeasureSettings settings) {
        String hash = ((Architecture) design).hash();
        double ms = trueMs.get(hash) * load[asked.size() % load.length];
        asked.add(settings);
        return new ModelLatency(hash, ms, ms, ms, 0, settings.repetitions(), false,
                new MeasurementProtocol("pytorch", "2.7.1", "cpu", "drifting", "float32", 1, 1,
                        // null asks for the agent's default (TimingProtocol.DEFAULT_WARMUP), which
                        // a real agent reports as the number it used
                        settings.warmup() == null ? 10 : settings.warmup(), settings.repetitions(),
                        settings.rounds(), "test"));
    }

    @Override
    public AgentEntry entry() {
        return new AgentEntry("drifting", "127.0.0.1:1", Optional.empty(), Optional.empty(),
                Duration.ofSeconds(5));
    }

    @Override
    public DeviceInfo describe() {
        throw new UnsupportedOperationException("not used by the ratio protocol");
    }

    @Override
    public void profileOps(List<OpKey> keys, MeasureSettings s, Consumer<LatencyEntry> onResult) {
        throw new UnsupportedOperationException("not used by the ratio protocol");
    }

    @Override
    public boolean healthy() {
        return true;
    }

    @Override
    public void close() {
    }
}
