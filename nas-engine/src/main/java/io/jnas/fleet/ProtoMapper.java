package io.jnas.fleet;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.jnas.arch.OpKey;
import io.jnas.rpc.DeviceDescription;
import io.jnas.rpc.EngineInfo;
import io.jnas.rpc.LatencyStats;
import io.jnas.rpc.MeasurementSettings;
import io.jnas.rpc.ModelMeasurement;
import io.jnas.rpc.OpMeasurement;
import io.jnas.rpc.Protocol;
import io.jnas.table.LatencyEntry;

/** Translates between the protobuf contract and the engine's records; nothing else sees protobuf. */
final class ProtoMapper {

    private ProtoMapper() {
    }

    static MeasurementSettings settings(MeasureSettings s) {
        MeasurementSettings.Builder b = MeasurementSettings.newBuilder().setEngine(s.engine())
                .setDevice(s.device()).setBatch(s.batch()).setDtype(s.dtype())
                .setThreads(s.threads()).setRepetitions(s.repetitions()).setRounds(s.rounds())
                .setMaxCv(s.maxCv());
        // on the wire these two are optional (0 is a choice there); here 0 means the default
        if (s.warmup() > 0) {
            b.setWarmup(s.warmup());
        }
        if (s.maxRemeasure() > 0) {
            b.setMaxRemeasure(s.maxRemeasure());
        }
        return b.build();
    }

    static MeasureSettings settings(MeasurementSettings s) {
        return new MeasureSettings(s.getEngine(), s.getDevice(), s.getBatch(), s.getDtype(),
                s.getThreads(), s.getWarmup(), s.getRepetitions(), s.getRounds(), s.getMaxCv(),
                s.getMaxRemeasure());
    }

    static DeviceInfo device(DeviceDescription d) {
        MeasureSettings def = settings(d.getDefaultSettings());
        String engine = def.engine().isEmpty() ? "pytorch" : def.engine();
        String version = d.getEnginesList().stream().filter(e -> e.getName().equals(engine))
                .map(EngineInfo::getVersion).findFirst().orElse("");
        String device = !d.getDevice().isEmpty() ? d.getDevice()
                : def.device().isEmpty() ? "cpu" : def.device();
        return new DeviceInfo(d.getHardwareId(), d.getDeviceName(), engine, version, device,
                d.getThreads() > 0 ? d.getThreads() : def.threads(), d.getCpuCores(),
                d.getMemoryBytes(), d.getGpu(), d.getAgentVersion(), def);
    }

    static LatencyEntry entry(OpMeasurement m) {
        LatencyStats s = m.getStats();
        return new LatencyEntry(OpKey.parse(m.getOpKey()), s.getMedianMs(), s.getMeanMs(),
                s.getP10Ms(), s.getP90Ms(), s.getStdMs(), s.getCv(), s.getCount(), s.getRemeasured(),
                s.getUnstable(), m.getMeasuredAtEpochMs());
    }

    static ModelLatency model(ModelMeasurement m) {
        LatencyStats s = m.getStats();
        Protocol p = m.getProtocol();
        MeasurementProtocol protocol = new MeasurementProtocol(p.getEngine(), p.getEngineVersion(),
                p.getDevice(), p.getHardwareId(), p.getDtype(), p.getBatch(), p.getThreads(),
                p.getWarmup(), p.getRepetitions(), p.getRounds(), p.getAgentVersion());
        return new ModelLatency(m.getArchitectureHash(), s.getMedianMs(), s.getP10Ms(), s.getP90Ms(),
                s.getCv(), s.getCount(), s.getUnstable(), protocol);
    }

    /** A failed call as an exception that names the agent; only UNAVAILABLE and deadlines retry. */
    static AgentException failure(AgentEntry agent, String call, StatusRuntimeException e) {
        Status.Code code = e.getStatus().getCode();
        boolean retry = code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED
                || code == Status.Code.RESOURCE_EXHAUSTED;
        String why = e.getStatus().getDescription() == null ? "" : ": " + e.getStatus().getDescription();
        return new AgentException("agent " + agent + " " + call + " failed with " + code + why, retry, e);
    }
}
