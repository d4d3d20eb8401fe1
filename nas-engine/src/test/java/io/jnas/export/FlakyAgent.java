package io.jnas.export;

import io.jnas.arch.Architecture;
import io.jnas.arch.OpKey;
import io.jnas.fleet.AgentEntry;
import io.jnas.fleet.AgentException;
import io.jnas.fleet.DeviceInfo;
import io.jnas.fleet.FleetAgent;
import io.jnas.fleet.MeasureSettings;
import io.jnas.fleet.ModelLatency;
import io.jnas.table.LatencyEntry;
import java.util.List;
import java.util.function.Consumer;

/**
 * A failure-handling double: the real in-process agent under another hardware id, which stops
 * answering after a number of end-to-end measurements (as an agent whose device went away).
 */
final class FlakyAgent implements FleetAgent {

    private final AgentEntry entry;
    private final FleetAgent real;
    private final String hardwareId;
    private int answersLeft;

    FlakyAgent(AgentEntry entry, FleetAgent real, String hardwareId, int answers) {
        this.entry = entry;
        this.real = real;
        this.hardwareId = hardwareId;
        this.answersLeft = answers;
    }

    @Override
    public AgentEntry entry() {
        return entry;
    }

    @Override
    public DeviceInfo describe() {
        DeviceInfo d = real.describe();
        return new DeviceInfo(hardwareId, d.deviceName(), d.engine(), d.engineVersion(),
                d.device(), d.threads(), d.cpuCores(), d.memoryBytes(), d.gpu(), d.agentVersion(),
                d.defaults());
    }

    @Override
    public void profileOps(List<OpKey> keys, MeasureSettings settings,
            Consumer<LatencyEntry> onResult) {
        throw new UnsupportedOperationException("not used by export");
    }

    @Override
    public ModelLatency profileModel(io.jnas.arch.Design architecture, MeasureSettings settings) {
        if (answersLeft-- <= 0) {
            throw new AgentException(entry + ": ProfileModel failed: UNAVAILABLE: the agent went"
                    + " away", true, null);
        }
        return real.profileModel(architecture, settings);
    }

    @Override
    public boolean healthy() {
        return answersLeft > 0;
    }

    @Override
    public void close() {
        real.close();
    }
}
