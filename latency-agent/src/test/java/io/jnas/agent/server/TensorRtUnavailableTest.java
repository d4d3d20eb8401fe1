package io.jnas.agent.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.jnas.agent.AgentConfig;
import io.jnas.agent.AgentFixture;
import io.jnas.agent.DeviceAgent;
import io.jnas.agent.profiler.ComputeDevice;
import io.jnas.agent.profiler.tensorrt.NvidiaGpus;
import io.jnas.rpc.DescribeRequest;
import io.jnas.rpc.EngineInfo;
import io.jnas.rpc.HealthRequest;
import io.jnas.rpc.ProfileModelRequest;
import io.jnas.rpc.ProfileOpsRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On a machine without an NVIDIA GPU (CI), TensorRT is listed unavailable with the reason, a
 * request for it gets FAILED_PRECONDITION with that reason, and an agent asked to measure with
 * it refuses to start, naming it; nothing crashes and the agent keeps serving.
 */
class TensorRtUnavailableTest {

    @BeforeEach
    void onlyWithoutAGpu() {
        assumeTrue(NvidiaGpus.probe(Path.of("/")).none(), "this machine has an NVIDIA GPU");
    }

    @Test
    void describeListsItWithTheReasonAndRequestsGetFailedPrecondition() {
        try (AgentFixture f = AgentFixture.start()) {
            EngineInfo trt = f.blocking().describe(DescribeRequest.getDefaultInstance())
                    .getEnginesList().stream().filter(e -> e.getName().equals("tensorrt"))
                    .findFirst().orElseThrow();
            assertFalse(trt.getAvailable());
            assertEquals(NvidiaGpus.probe(Path.of("/")).whyNone(), trt.getReason());

            var trtSettings = AgentFixture.FAST.toBuilder().setEngine("tensorrt").build();
            StatusRuntimeException ops = assertThrows(StatusRuntimeException.class, () ->
                    f.blocking().profileOps(ProfileOpsRequest.newBuilder()
                            .addOpKeys(AgentFixture.FC).setSettings(trtSettings).build())
                            .hasNext());
            assertEquals(Status.Code.FAILED_PRECONDITION, ops.getStatus().getCode());
            assertEquals("settings.engine tensorrt is not available on this agent: "
                    + trt.getReason(), ops.getStatus().getDescription());

            StatusRuntimeException model = assertThrows(StatusRuntimeException.class, () ->
                    f.blocking().profileModel(ProfileModelRequest.newBuilder()
                            .setArchitectureJson(AgentFixture.TINY_NET)
                            .setSettings(trtSettings).build()));
            assertEquals(Status.Code.FAILED_PRECONDITION, model.getStatus().getCode());
            f.blocking().health(HealthRequest.getDefaultInstance());
        }
    }

    @Test
    void anAgentForTensorRtRefusesToStartWithTheReason() {
        AgentConfig c = new AgentConfig("tensorrt", new ComputeDevice(true, 0), 1, "test-gpu",
                AgentFixture.config().limits(), AgentFixture.config().timing(),
                java.time.Duration.ZERO, java.time.Duration.ofSeconds(1),
                io.jnas.agent.timing.MeasurementListener.NONE);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DeviceAgent.start(c));
        assertEquals("tensorrt cannot run here: " + NvidiaGpus.probe(Path.of("/")).whyNone(),
                e.getMessage());
    }
}
