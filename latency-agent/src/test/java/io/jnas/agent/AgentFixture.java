package io.jnas.agent;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.MetadataUtils;
import io.jnas.agent.guard.RequestLimits;
import io.jnas.agent.guard.RequestedSettings;
import io.jnas.agent.server.LatencyAgentService;
import io.jnas.agent.timing.MeasurementListener;
import io.jnas.agent.timing.TimingProtocol;
import io.jnas.model.DjlRuntime;
import io.jnas.rpc.LatencyAgentGrpc;
import io.jnas.rpc.MeasurementSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real agent (DJL PyTorch on the CPU, the real queue and guards) behind an in-process gRPC
 * server, for one test. Small protocol defaults keep tests fast; close it in {@code @AfterEach}.
 */
public final class AgentFixture implements AutoCloseable {

    /** Tiny keys that build and run in well under a millisecond. */
    public static final String STEM = "stem:i1:o8:k3:s1:e1:relu:se0:8x8";
    public static final String MBCONV = "mbconv:i8:o8:k3:s1:e3:relu:se1:8x8";
    public static final String HEAD = "head:i8:o16:k1:s1:e1:relu:se0:8x8";
    public static final String FC = "fc:i16:o10:k1:s1:e1:none:se0:1x1";
    /** A tiny network made of the keys above. */
    public static final String TINY_NET = "{\"input\":{\"channels\":1,\"height\":8,\"width\":8},"
            + "\"classes\":10,\"blocks\":["
            + "{\"type\":\"stem\",\"stage\":-1,\"in\":1,\"out\":8,\"kernel\":3,\"stride\":1,"
            + "\"expand\":1,\"activation\":\"relu\",\"se\":false,\"h\":8,\"w\":8},"
            + "{\"type\":\"mbconv\",\"stage\":0,\"in\":8,\"out\":8,\"kernel\":3,\"stride\":1,"
            + "\"expand\":3,\"activation\":\"relu\",\"se\":true,\"h\":8,\"w\":8},"
            + "{\"type\":\"head\",\"stage\":1,\"in\":8,\"out\":16,\"kernel\":1,\"stride\":1,"
            + "\"expand\":1,\"activation\":\"relu\",\"se\":false,\"h\":8,\"w\":8},"
            + "{\"type\":\"fc\",\"stage\":1,\"in\":16,\"out\":10,\"kernel\":1,\"stride\":1,"
            + "\"expand\":1,\"activation\":null,\"se\":false,\"h\":1,\"w\":1}]}";

    /** Settings for fast tests: 1 warm-up, 2 timed calls, 2 rounds, no re-measuring. */
    public static final MeasurementSettings FAST = MeasurementSettings.newBuilder()
            .setWarmup(1).setRepetitions(2).setRounds(2).setMaxRemeasure(0).build();

    /** {@link #FAST} as the domain settings the client takes. */
    public static final RequestedSettings FAST_SETTINGS =
            new RequestedSettings("", "", 0, "", 0, 1, 2, 2, 0, 0);

    private final DeviceAgent agent;
    private final Server server;
    private final ManagedChannel channel;

    private AgentFixture(DeviceAgent agent, Server server, ManagedChannel channel) {
        this.agent = agent;
        this.server = server;
        this.channel = channel;
    }

    /** The test configuration: no start-up warm-up, tiny defaults. */
    public static AgentConfig config() {
        DjlRuntime.configure(1);
        return AgentConfig.defaults()
                .withStartupWarmup(Duration.ZERO)
                .withTiming(new TimingProtocol(1, 2, 2, 0.5, 0))
                .withHardwareId("test-cpu");
    }

    public static AgentFixture start() {
        return start(config(), null);
    }

    public static AgentFixture start(AgentConfig config, String token) {
        DeviceAgent agent = DeviceAgent.start(config);
        String name = InProcessServerBuilder.generateName();
        try {
            Server server = InProcessServerBuilder.forName(name).directExecutor()
                    .addService(LatencyAgentService.definition(agent, token)).build().start();
            ManagedChannel channel = InProcessChannelBuilder.forName(name).directExecutor().build();
            return new AgentFixture(agent, server, channel);
        } catch (IOException e) {
            agent.close();
            throw new UncheckedIOException(e);
        }
    }

    /** Config with a listener and a queue capacity (for scheduling tests). */
    public static AgentConfig config(MeasurementListener listener, int queueCapacity) {
        AgentConfig c = config();
        RequestLimits l = c.limits().withQueueCapacity(queueCapacity);
        return c.withListener(listener).withLimits(l);
    }

    public DeviceAgent agent() {
        return agent;
    }

    public ManagedChannel channel() {
        return channel;
    }

    /** A blocking stub with a deadline, as every client call has. */
    public LatencyAgentGrpc.LatencyAgentBlockingStub blocking() {
        return LatencyAgentGrpc.newBlockingStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS);
    }

    public LatencyAgentGrpc.LatencyAgentStub async() {
        return LatencyAgentGrpc.newStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS);
    }

    /** A blocking stub that sends {@code authorization: <value>}. */
    public LatencyAgentGrpc.LatencyAgentBlockingStub withAuthorization(String value) {
        Metadata m = new Metadata();
        m.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), value);
        return blocking().withInterceptors(MetadataUtils.newAttachHeadersInterceptor(m));
    }

    @Override
    public void close() {
        channel.shutdownNow();
        agent.close();
        server.shutdownNow();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
            channel.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
