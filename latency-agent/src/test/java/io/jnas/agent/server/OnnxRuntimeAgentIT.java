package io.jnas.agent.server;

import static io.jnas.agent.AgentFixture.FAST_SETTINGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.jnas.agent.AgentFixture;
import io.jnas.agent.DeviceAgent;
import io.jnas.agent.DeviceInfo;
import io.jnas.agent.Measurement;
import io.jnas.agent.client.AgentClient;
import io.jnas.agent.client.ClientOptions;
import io.jnas.agent.guard.RequestedSettings;
import io.jnas.agent.profiler.EngineStatus;
import io.jnas.arch.InputShape;
import io.jnas.cell.Cell;
import io.jnas.cell.CellNetwork;
import io.jnas.cell.CellSkeleton;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An agent started with {@code --engine onnxruntime} behind the Netty server on a real loopback
 * socket: it describes itself, times block keys, a network and a NAS-Bench-201 cell network
 * (written by the cell ONNX writer) with ONNX Runtime, records that
 * engine and its version with every figure, and refuses requests for other engines.
 */
class OnnxRuntimeAgentIT {

    private AgentServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void timesBlocksANetworkAndACellNetworkWithOnnxRuntimeOverASocket() throws Exception {
        DeviceAgent agent = DeviceAgent.start(AgentFixture.config().withEngine("onnxruntime"));
        server = AgentServer.start(agent, new AgentServer.Options("127.0.0.1", 0, null, null, null),
                Duration.ofSeconds(10));
        try (AgentClient c = AgentClient.connect("127.0.0.1:" + server.port(),
                ClientOptions.defaults().withMaxAttempts(1))) {
            DeviceInfo d = c.describe();
            assertEquals("onnxruntime", d.engine());
            assertEquals("1.23.2", d.engineVersion());
            EngineStatus ort = d.engines().stream().filter(e -> e.engine().equals("onnxruntime"))
                    .findFirst().orElseThrow();
            assertTrue(ort.available());
            assertEquals(List.of("cpu"), ort.devices());

            List<String> keys = List.of(AgentFixture.STEM, AgentFixture.MBCONV, AgentFixture.HEAD,
                    AgentFixture.FC);
            List<Measurement> ms = c.profileOps(keys, FAST_SETTINGS, m -> { });
            assertEquals(keys, ms.stream().map(Measurement::subject).toList());
            for (Measurement m : ms) {
                assertEquals("onnxruntime", m.conditions().engine());
                assertEquals("1.23.2", m.conditions().engineVersion());
                assertEquals(1, m.conditions().threads());
                assertTrue(m.stats().medianMs() > 0, m.subject());
                assertEquals(4, m.stats().count(), m.subject());
            }
            Measurement net = c.profileModel(AgentFixture.TINY_NET, FAST_SETTINGS);
            assertEquals("onnxruntime", net.conditions().engine());
            assertTrue(net.stats().medianMs() > 0);

            // a NAS-Bench-201 cell network, every op on some edge: exported and run by ORT
            CellNetwork cell = new CellNetwork(Cell.parse("|nor_conv_3x3~0|+|none~0|"
                    + "skip_connect~1|+|avg_pool_3x3~0|nor_conv_1x1~1|none~2|"),
                    new CellSkeleton(new InputShape(3, 16, 16), 10, 2, List.of(8, 16)));
            Measurement cm = c.profileModel(cell.toJson(), FAST_SETTINGS);
            assertEquals(cell.hash(), cm.subject());
            assertEquals("onnxruntime", cm.conditions().engine());
            assertEquals(4, cm.stats().count());
            assertTrue(cm.stats().medianMs() > 0);

            RequestedSettings pytorch = new RequestedSettings("pytorch", "", 0, "", 0, 1, 2, 2, 0, 0);
            StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                    () -> c.profileOps(List.of(AgentFixture.FC), pytorch, m -> { }));
            assertEquals(Status.Code.FAILED_PRECONDITION, e.getStatus().getCode());
            assertEquals("settings.engine pytorch is not available on this agent: this agent"
                    + " measures with onnxruntime", e.getStatus().getDescription());
        }
    }
}
