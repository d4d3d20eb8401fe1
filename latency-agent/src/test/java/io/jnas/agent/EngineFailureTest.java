package io.jnas.agent;

import static io.jnas.agent.AgentFixture.FAST;
import static io.jnas.agent.AgentFixture.FC;
import static io.jnas.agent.AgentFixture.STEM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.jnas.agent.profiler.ComputeDevice;
import io.jnas.agent.profiler.Precision;
import io.jnas.agent.profiler.Profiler;
import io.jnas.agent.profiler.ProfilerRegistry;
import io.jnas.agent.server.LatencyAgentService;
import io.jnas.agent.timing.Workload;
import io.jnas.arch.Architecture;
import io.jnas.arch.BlockSpec;
import io.jnas.rpc.HealthRequest;
import io.jnas.rpc.LatencyAgentGrpc;
import io.jnas.rpc.OpMeasurement;
import io.jnas.rpc.ProfileOpsRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An engine that fails on one block: the call ends with INTERNAL naming the block, the results
 * before it were sent, and the agent goes on serving. The real PyTorch profiler does the work;
 * a thin wrapper injects the failure (a test double for failure handling only).
 */
class EngineFailureTest {

    private static final String BROKEN = "mbconv:i8:o8:k5:s1:e3:relu:se0:8x8";

    /** The real profiler, except that it cannot build {@link #BROKEN}. */
    record FailingOn(Profiler real, String key) implements Profiler {
        @Override
        public String engine() {
            return real.engine();
        }

        @Override
        public String engineVersion() {
            return real.engineVersion();
        }

        @Override
        public ComputeDevice device() {
            return real.device();
        }

        @Override
        public Optional<String> gpuName() {
            return real.gpuName();
        }

        @Override
        public Set<Precision> precisions() {
            return real.precisions();
        }

        @Override
        public Workload newBlockWorkload(BlockSpec block, int batch, Precision precision) {
            if (block.opKey().toString().equals(key)) {
                throw new IllegalStateException("simulated engine failure");
            }
            return real.newBlockWorkload(block, batch, precision);
        }

        @Override
        public Workload newModelWorkload(Architecture a, int batch, Precision precision) {
            return real.newModelWorkload(a, batch, precision);
        }

        @Override
        public void close() {
            real.close();
        }
    }

    @Test
    void anEngineFailureIsInternalNamingTheBlockAndTheAgentServesOn() throws Exception {
        AgentConfig config = AgentFixture.config();
        ProfilerRegistry registry = ProfilerRegistry.load();
        Profiler real = registry.provider("pytorch").orElseThrow().open(ComputeDevice.CPU, 1);
        DeviceAgent agent = DeviceAgent.start(config, new FailingOn(real, BROKEN),
                registry.engines(), "");
        String name = InProcessServerBuilder.generateName();
        Server server = InProcessServerBuilder.forName(name).directExecutor()
                .addService(new LatencyAgentService(agent)).build().start();
        ManagedChannel channel = InProcessChannelBuilder.forName(name).directExecutor().build();
        try {
            LatencyAgentGrpc.LatencyAgentBlockingStub stub = LatencyAgentGrpc
                    .newBlockingStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS);
            List<OpMeasurement> got = new ArrayList<>();
            Iterator<OpMeasurement> it = stub.profileOps(ProfileOpsRequest.newBuilder()
                    .addOpKeys(STEM).addOpKeys(BROKEN).addOpKeys(FC).setSettings(FAST).build());
            StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> {
                while (it.hasNext()) {
                    got.add(it.next());
                }
            });
            assertEquals(Status.Code.INTERNAL, e.getStatus().getCode());
            assertEquals("measuring " + BROKEN + " failed: IllegalStateException: simulated"
                    + " engine failure", e.getStatus().getDescription());
            assertEquals(List.of(STEM), got.stream().map(OpMeasurement::getOpKey).toList());

            assertEquals("SERVING", stub.health(HealthRequest.getDefaultInstance()).getStatus());
            assertEquals(FC, stub.profileOps(ProfileOpsRequest.newBuilder().addOpKeys(FC)
                    .setSettings(FAST).build()).next().getOpKey());
        } finally {
            channel.shutdownNow();
            agent.close();
            server.shutdownNow();
        }
    }
}
