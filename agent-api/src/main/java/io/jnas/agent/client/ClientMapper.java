package io.jnas.agent.client;

import io.jnas.agent.DeviceInfo;
import io.jnas.agent.HealthInfo;
import io.jnas.agent.Measurement;
import io.jnas.agent.MeasurementConditions;
import io.jnas.agent.guard.RequestLimits;
import io.jnas.agent.guard.RequestedSettings;
import io.jnas.agent.profiler.EngineStatus;
import io.jnas.agent.profiler.Precision;
import io.jnas.agent.timing.LatencyStats;
import io.jnas.agent.timing.TimingProtocol;
import io.jnas.rpc.DeviceDescription;
import io.jnas.rpc.EngineInfo;
import io.jnas.rpc.HealthResponse;
import io.jnas.rpc.MeasurementSettings;
import io.jnas.rpc.ModelMeasurement;
import io.jnas.rpc.OpMeasurement;
import io.jnas.rpc.Protocol;
import java.time.Duration;
import java.time.Instant;

/**
 * The client side's one translation between protobuf and the agent's records, so that callers
 * of {@link AgentClient} (the engine, the CLI) never touch generated classes.
 */
final class ClientMapper {

    private ClientMapper() {
    }

    static MeasurementSettings settings(RequestedSettings s) {
        MeasurementSettings.Builder b = MeasurementSettings.newBuilder().setEngine(s.engine())
                .setDevice(s.device()).setBatch(s.batch()).setDtype(s.dtype())
                .setThreads(s.threads()).setRepetitions(s.repetitions()).setRounds(s.rounds())
                .setMaxCv(s.maxCv());
        if (s.warmup() != null) {
            b.setWarmup(s.warmup());
        }
        if (s.maxRemeasure() != null) {
            b.setMaxRemeasure(s.maxRemeasure());
        }
        return b.build();
    }

    static DeviceInfo device(DeviceDescription d) {
        MeasurementSettings s = d.getDefaultSettings();
        String version = d.getEnginesList().stream()
                .filter(e -> e.getName().equals(s.getEngine())).map(EngineInfo::getVersion)
                .findFirst().orElse("");
        io.jnas.rpc.RequestLimits l = d.getLimits();
        return new DeviceInfo(d.getHardwareId(), d.getDeviceName(),
                d.getEnginesList().stream().map(ClientMapper::engine).toList(), d.getCpuCores(),
                d.getMemoryBytes(), d.getGpu(), d.getAgentVersion(), d.getOs(), d.getArch(),
                s.getEngine(), version, d.getDevice(), d.getThreads(),
                new TimingProtocol(s.getWarmup(), s.getRepetitions(), s.getRounds(), s.getMaxCv(),
                        s.getMaxRemeasure()),
                new RequestLimits(l.getMaxKeysPerCall(), l.getMaxBatch(), l.getMaxChannels(),
                        l.getMaxSpatial(), l.getMaxBlocksPerModel(), l.getMaxWorkGmacs(),
                        l.getMaxMemoryBytes(), l.getQueueCapacity(), l.getMaxWarmup(),
                        l.getMaxRepetitions(), l.getMaxRounds(), l.getMaxRemeasure()));
    }

    private static EngineStatus engine(EngineInfo e) {
        return new EngineStatus(e.getName(), e.getVersion(), e.getAvailable(), e.getReason(),
                e.getDevicesList(), e.getUnavailableDevicesMap());
    }

    static HealthInfo health(HealthResponse h) {
        return new HealthInfo("SERVING".equals(h.getStatus()), h.getQueued(),
                h.getMeasuredBlocks(), Duration.ofMillis(h.getUptimeMs()));
    }

    static Measurement op(OpMeasurement m) {
        return new Measurement(m.getOpKey(), stats(m.getStats()), conditions(m.getProtocol()),
                Instant.ofEpochMilli(m.getMeasuredAtEpochMs()));
    }

    static Measurement model(ModelMeasurement m) {
        return new Measurement(m.getArchitectureHash(), stats(m.getStats()),
                conditions(m.getProtocol()), Instant.ofEpochMilli(m.getMeasuredAtEpochMs()));
    }

    private static LatencyStats stats(io.jnas.rpc.LatencyStats s) {
        return new LatencyStats(s.getMedianMs(), s.getMeanMs(), s.getP10Ms(), s.getP90Ms(),
                s.getStdMs(), s.getCv(), s.getCount(), s.getRoundsCv(), s.getRoundMediansMsList(),
                s.getRemeasured(), s.getUnstable());
    }

    private static MeasurementConditions conditions(Protocol p) {
        Precision precision = Precision.parse(p.getDtype()).orElseThrow(() ->
                new IllegalArgumentException("agent answered dtype '" + p.getDtype()
                        + "', which this client does not know"));
        return new MeasurementConditions(p.getEngine(), p.getEngineVersion(), p.getDevice(),
                precision, p.getBatch(), p.getThreads(), new TimingProtocol(p.getWarmup(),
                        p.getRepetitions(), p.getRounds(), p.getMaxCv(), p.getMaxRemeasure()),
                p.getAgentVersion(), p.getHardwareId());
    }
}
