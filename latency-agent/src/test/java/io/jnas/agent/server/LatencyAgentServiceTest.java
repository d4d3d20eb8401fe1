package io.jnas.agent.server;

import static io.jnas.agent.AgentFixture.FAST;
import static io.jnas.agent.AgentFixture.FC;
import static io.jnas.agent.AgentFixture.HEAD;
import static io.jnas.agent.AgentFixture.MBCONV;
import static io.jnas.agent.AgentFixture.STEM;
import static io.jnas.agent.AgentFixture.TINY_NET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.jnas.agent.AgentFixture;
import io.jnas.agent.AgentVersion;
import io.jnas.arch.Architecture;
import io.jnas.rpc.DescribeRequest;
import io.jnas.rpc.DeviceDescription;
import io.jnas.rpc.EngineInfo;
import io.jnas.rpc.HealthRequest;
import io.jnas.rpc.HealthResponse;
import io.jnas.rpc.ModelMeasurement;
import io.jnas.rpc.OpMeasurement;
import io.jnas.rpc.ProfileModelRequest;
import io.jnas.rpc.ProfileOpsRequest;
import io.jnas.rpc.Protocol;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every RPC of the service, in process, on a real agent. */
class LatencyAgentServiceTest {

    private AgentFixture fixture;

    @BeforeEach
    void start() {
        fixture = AgentFixture.start();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void describeReportsDeviceEnginesProtocolAndLimits() {
        DeviceDescription d = fixture.blocking().describe(DescribeRequest.getDefaultInstance());
        assertEquals("test-cpu", d.getHardwareId());
        assertEquals("cpu", d.getDevice());
        assertEquals(1, d.getThreads());
        assertEquals(AgentVersion.VERSION, d.getAgentVersion());
        assertTrue(d.getCpuCores() >= 1);
        assertTrue(d.getMemoryBytes() > 0);
        EngineInfo pytorch = d.getEngines(0);
        assertEquals("pytorch", pytorch.getName());
        assertTrue(pytorch.getAvailable());
        assertEquals("2.7.1", pytorch.getVersion());
        assertTrue(pytorch.getDevicesList().contains("cpu"));
        // these natives are CPU-only: cuda is listed as unavailable, with the reason
        assertTrue(pytorch.getUnavailableDevicesMap().get("cuda").contains("CPU-only"));
        List<String> missing = d.getEnginesList().stream().filter(e -> !e.getAvailable())
                .map(EngineInfo::getName).toList();
        assertEquals(List.of("tensorrt"), missing);
        EngineInfo ort = d.getEngines(1);
        assertEquals("onnxruntime", ort.getName());
        assertTrue(ort.getAvailable());
        assertEquals("1.23.2", ort.getVersion());
        d.getEnginesList().stream().filter(e -> !e.getAvailable())
                .forEach(e -> assertFalse(e.getReason().isBlank(), e.getName()));
        assertEquals(1, d.getDefaultSettings().getWarmup());
        assertEquals(2, d.getDefaultSettings().getRounds());
        assertEquals("float32", d.getDefaultSettings().getDtype());
        assertEquals(1000, d.getLimits().getMaxKeysPerCall());
        assertEquals(16, d.getLimits().getQueueCapacity());
    }

    @Test
    void healthCountsMeasuredBlocks() {
        HealthResponse before = fixture.blocking().health(HealthRequest.getDefaultInstance());
        assertEquals("SERVING", before.getStatus());
        assertEquals(0, before.getMeasuredBlocks());
        fixture.blocking().profileOps(ProfileOpsRequest.newBuilder().addOpKeys(FC)
                .setSettings(FAST).build()).forEachRemaining(m -> { });
        HealthResponse after = fixture.blocking().health(HealthRequest.getDefaultInstance());
        assertEquals(1, after.getMeasuredBlocks());
        assertEquals(0, after.getQueued());
    }

    @Test
    void profileOpsStreamsOneResultPerKeyInOrderWithItsProtocol() {
        List<String> keys = List.of(STEM, MBCONV, HEAD, FC, STEM);
        List<OpMeasurement> results = new ArrayList<>();
        fixture.blocking().profileOps(ProfileOpsRequest.newBuilder().addAllOpKeys(keys)
                .setSettings(FAST.toBuilder().setBatch(2)).build()).forEachRemaining(results::add);
        assertEquals(keys, results.stream().map(OpMeasurement::getOpKey).toList());
        for (OpMeasurement m : results) {
            assertEquals(4, m.getStats().getCount(), m.getOpKey());
            assertEquals(2, m.getStats().getRoundMediansMsCount());
            assertTrue(m.getStats().getMedianMs() > 0, m.getOpKey());
            assertTrue(m.getStats().getP10Ms() <= m.getStats().getMedianMs());
            assertTrue(m.getStats().getMedianMs() <= m.getStats().getP90Ms());
            assertTrue(m.getMeasuredAtEpochMs() > 0);
            Protocol p = m.getProtocol();
            assertEquals("pytorch", p.getEngine());
            assertEquals("2.7.1", p.getEngineVersion());
            assertEquals("cpu", p.getDevice());
            assertEquals("float32", p.getDtype());
            assertEquals(2, p.getBatch());
            assertEquals(1, p.getThreads());
            assertEquals(1, p.getWarmup());
            assertEquals(2, p.getRepetitions());
            assertEquals(2, p.getRounds());
            assertEquals(0, p.getMaxRemeasure());
            assertEquals("test-cpu", p.getHardwareId());
            assertEquals(AgentVersion.VERSION, p.getAgentVersion());
        }
    }

    @Test
    void profileOpsWithoutSettingsUsesTheAgentDefaults() {
        OpMeasurement m = fixture.blocking().profileOps(ProfileOpsRequest.newBuilder()
                .addOpKeys(FC).build()).next();
        assertEquals(1, m.getProtocol().getBatch());
        assertEquals(4, m.getStats().getCount());
        assertEquals(0.5, m.getProtocol().getMaxCv());
    }

    @Test
    void profileModelTimesTheWholeNetwork() {
        ModelMeasurement m = fixture.blocking().profileModel(ProfileModelRequest.newBuilder()
                .setArchitectureJson(TINY_NET).setSettings(FAST).build());
        assertEquals(Architecture.fromJson(TINY_NET).hash(), m.getArchitectureHash());
        assertEquals(4, m.getStats().getCount());
        assertTrue(m.getStats().getMedianMs() > 0);
        assertEquals("pytorch", m.getProtocol().getEngine());
        assertEquals(1, fixture.agent().health().measuredBlocks());
    }

    @Test
    void callsAfterStopAreUnavailableAndHealthSaysShuttingDown() {
        fixture.agent().stop(java.time.Duration.ofSeconds(10));
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () ->
                fixture.blocking().profileOps(ProfileOpsRequest.newBuilder().addOpKeys(FC)
                        .setSettings(FAST).build()).next());
        assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode());
        assertEquals("agent shutting down", e.getStatus().getDescription());
        assertEquals("SHUTTING_DOWN", fixture.blocking().health(HealthRequest.getDefaultInstance())
                .getStatus());
    }
}
