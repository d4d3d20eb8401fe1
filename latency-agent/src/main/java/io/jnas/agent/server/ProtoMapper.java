package io.jnas.agent.server;

import io.jnas.agent.DeviceInfo;
import io.jnas.agent.HealthInfo;
import io.jnas.agent.Measurement;
import io.jnas.agent.MeasurementConditions;
import io.jnas.agent.guard.RequestLimits;
import io.jnas.agent.guard.RequestedSettings;
import io.jnas.agent.profiler.EngineStatus;
import io.jnas.agent.timing.LatencyStats;
import io.jnas.agent.timing.TimingProtocol;
import io.jnas.rpc.DeviceDescription;
import io.jnas.rpc.EngineInfo;
import io.jnas.rpc.HealthResponse;
import io.jnas.rpc.MeasurementSettings;
import io.jnas.rpc.ModelMeasurement;
import io.jnas.rpc.OpMeasurement;
import io.jnas.rpc.Protocol;

/** The one translation between the agent's domain records and the generated protobuf types. */
public final class ProtoMapper {

    private ProtoMapper() {
    }

    /** A request's settings; an absent message means all defaults. */
    public static RequestedSettings settings(MeasurementSettings s) {
        return new RequestedSettings(s.getEngine(), s.getDevice(), s.getBatch(), s.getDtype(),
                s.getThreads(), s.hasWarmup() ? s.getWarmup() : null, s.getRepetitions(),
                s.getRounds(), s.getMaxCv(), s.hasMaxRemeasure() ? s.getMaxRemeasure() : null);
    }

    public static DeviceDescription description(DeviceInfo d) {
        DeviceDescription.Builder b = DeviceDescription.newBuilder()
                .setHardwareId(d.hardwareId())
                .setDeviceName(d.deviceName())
                .setCpuCores(d.cpuCores())
                .setMemoryBytes(d.memoryBytes())
                .setGpu(d.gpu())
                .setAgentVersion(d.agentVersion())
                .setOs(d.os())
                .setArch(d.arch())
                .setThreads(d.threads())
                .setDevice(d.device())
                .setDefaultSettings(defaults(d))
                .setLimits(limits(d.limits()));
        d.engines().forEach(e -> b.addEngines(engine(e)));
        return b.build();
    }

    private static EngineInfo engine(EngineStatus e) {
        return EngineInfo.newBuilder().setName(e.engine()).setVersion(e.version())
                .setAvailable(e.available()).setReason(e.reason()).addAllDevices(e.devices())
                .putAllUnavailableDevices(e.unavailableDevices()).build();
    }

    private static MeasurementSettings defaults(DeviceInfo d) {
        TimingProtocol t = d.defaults();
        return MeasurementSettings.newBuilder().setEngine(d.engine()).setDevice(d.device())
                .setBatch(1).setDtype("float32").setThreads(d.threads()).setWarmup(t.warmup())
                .setRepetitions(t.repetitions()).setRounds(t.rounds()).setMaxCv(t.maxCv())
                .setMaxRemeasure(t.maxRemeasure()).build();
    }

    private static io.jnas.rpc.RequestLimits limits(RequestLimits l) {
        return io.jnas.rpc.RequestLimits.newBuilder()
                .setMaxKeysPerCall(l.maxKeysPerCall())
                .setMaxBatch(l.maxBatch())
                .setMaxChannels(l.maxChannels())
                .setMaxSpatial(l.maxSpatial())
                .setMaxBlocksPerModel(l.maxBlocksPerModel())
                .setMaxWorkGmacs(l.maxWorkGmacs())
                .setMaxMemoryBytes(l.maxMemoryBytes())
                .setQueueCapacity(l.queueCapacity())
                .setMaxWarmup(l.maxWarmup())
                .setMaxRepetitions(l.maxRepetitions())
                .setMaxRounds(l.maxRounds())
                .setMaxRemeasure(l.maxRemeasure())
                .build();
    }

    public static OpMeasurement op(Measurement m) {
        return OpMeasurement.newBuilder().setOpKey(m.subject()).setStats(stats(m.stats()))
                .setProtocol(protocol(m.conditions()))
                .setMeasuredAtEpochMs(m.measuredAt().toEpochMilli()).build();
    }

    public static ModelMeasurement model(Measurement m) {
        return ModelMeasurement.newBuilder().setArchitectureHash(m.subject())
                .setStats(stats(m.stats())).setProtocol(protocol(m.conditions()))
                .setMeasuredAtEpochMs(m.measuredAt().toEpochMilli()).build();
    }

    private static io.jnas.rpc.LatencyStats stats(LatencyStats s) {
        return io.jnas.rpc.LatencyStats.newBuilder().setMedianMs(s.medianMs())
                .setMeanMs(s.meanMs()).setP10Ms(s.p10Ms()).setP90Ms(s.p90Ms()).setStdMs(s.stdMs())
                .setCv(s.cv()).setCount(s.count()).setRemeasured(s.remeasured())
                .setUnstable(s.unstable()).setRoundsCv(s.roundsCv())
                .addAllRoundMediansMs(s.roundMediansMs()).build();
    }

    private static Protocol protocol(MeasurementConditions c) {
        TimingProtocol t = c.timing();
        return Protocol.newBuilder().setEngine(c.engine()).setEngineVersion(c.engineVersion())
                .setDevice(c.device()).setDtype(c.precision().id()).setBatch(c.batch())
                .setThreads(c.threads()).setWarmup(t.warmup()).setRepetitions(t.repetitions())
                .setRounds(t.rounds()).setMaxCv(t.maxCv()).setMaxRemeasure(t.maxRemeasure())
                .setAgentVersion(c.agentVersion()).setHardwareId(c.hardwareId()).build();
    }

    public static HealthResponse health(HealthInfo h) {
        return HealthResponse.newBuilder().setStatus(h.serving() ? "SERVING" : "SHUTTING_DOWN")
                .setQueued(h.queued()).setMeasuredBlocks(h.measuredBlocks())
                .setUptimeMs(h.uptime().toMillis()).build();
    }
}
