package io.jnas.fleet;

import io.grpc.StatusRuntimeException;
import io.jnas.agent.Measurement;
import io.jnas.agent.MeasurementConditions;
import io.jnas.agent.client.RetryPolicy;
import io.jnas.agent.guard.RequestedSettings;
import io.jnas.agent.timing.LatencyStats;
import io.jnas.agent.timing.TimingProtocol;
import io.jnas.arch.OpKey;
import io.jnas.table.LatencyEntry;

/**
 * Translates between the agent client's records and the engine's ({@link FleetAgent}'s); the
 * client does the protobuf side, so nothing in the engine sees generated classes.
 */
final class AgentRecords {

    /** What every agent's {@code Describe} gives as its default batch and dtype. */
    private static final int DEFAULT_BATCH = 1;
    private static final String DEFAULT_DTYPE = "float32";

    private AgentRecords() {
    }

    static RequestedSettings settings(MeasureSettings s) {
        return new RequestedSettings(s.engine(), s.device(), s.batch(), s.dtype(), s.threads(),
                s.warmup(), s.repetitions(), s.rounds(), s.maxCv(), s.maxRemeasure());
    }

    static DeviceInfo device(io.jnas.agent.DeviceInfo d) {
        String engine = d.engine().isEmpty() ? "pytorch" : d.engine();
        String version = d.engines().stream().filter(e -> e.engine().equals(engine))
                .map(e -> e.version()).findFirst().orElse("");
        String device = d.device().isEmpty() ? "cpu" : d.device();
        TimingProtocol t = d.defaults();
        MeasureSettings defaults = new MeasureSettings(d.engine(), d.device(), DEFAULT_BATCH,
                DEFAULT_DTYPE, d.threads(), t.warmup(), t.repetitions(), t.rounds(), t.maxCv(),
                t.maxRemeasure());
        return new DeviceInfo(d.hardwareId(), d.deviceName(), engine, version, device, d.threads(),
                d.cpuCores(), d.memoryBytes(), d.gpu(), d.agentVersion(), defaults);
    }

    static LatencyEntry entry(Measurement m) {
        LatencyStats s = m.stats();
        return new LatencyEntry(OpKey.parse(m.subject()), s.medianMs(), s.meanMs(), s.p10Ms(),
                s.p90Ms(), s.stdMs(), s.cv(), s.count(), s.remeasured(), s.unstable(),
                m.measuredAt().toEpochMilli());
    }

    static ModelLatency model(Measurement m) {
        LatencyStats s = m.stats();
        MeasurementConditions c = m.conditions();
        TimingProtocol t = c.timing();
        MeasurementProtocol protocol = new MeasurementProtocol(c.engine(), c.engineVersion(),
                c.device(), c.hardwareId(), c.precision().id(), c.batch(), c.threads(), t.warmup(),
                t.repetitions(), t.rounds(), c.agentVersion());
        return new ModelLatency(m.subject(), s.medianMs(), s.p10Ms(), s.p90Ms(), s.cv(), s.count(),
                s.unstable(), protocol);
    }

    /** A failed call as an exception that names the agent; {@link RetryPolicy} says if it retries. */
    static AgentException failure(AgentEntry agent, String call, StatusRuntimeException raw) {
        StatusRuntimeException e = RetryPolicy.normalize(raw);
        String why = e.getStatus().getDescription() == null ? "" : ": " + e.getStatus().getDescription();
        return new AgentException("agent " + agent + " " + call + " failed with "
                + e.getStatus().getCode() + why, RetryPolicy.retryable(e.getStatus().getCode()), e);
    }
}
