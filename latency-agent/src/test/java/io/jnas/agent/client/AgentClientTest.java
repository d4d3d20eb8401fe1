package io.jnas.agent.client;

import static io.jnas.agent.AgentFixture.FAST_SETTINGS;
import static io.jnas.agent.AgentFixture.FC;
import static io.jnas.agent.AgentFixture.HEAD;
import static io.jnas.agent.AgentFixture.MBCONV;
import static io.jnas.agent.AgentFixture.STEM;
import static io.jnas.agent.AgentFixture.TINY_NET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.ForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.jnas.agent.AgentConfig;
import io.jnas.agent.AgentFixture;
import io.jnas.agent.DeviceAgent;
import io.jnas.agent.server.LatencyAgentService;
import io.jnas.agent.Measurement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client's retries ({@link RetryPolicy}) against a real service, resuming a broken stream. */
class AgentClientTest {

    /** Breaks the first {@code failures} calls: before they start, or after their first result. */
    static final class Flaky implements ServerInterceptor {
        final AtomicInteger calls = new AtomicInteger();
        final int failures;
        final boolean afterFirstMessage;
        final Status status;

        Flaky(int failures, boolean afterFirstMessage, Status status) {
            this.failures = failures;
            this.afterFirstMessage = afterFirstMessage;
            this.status = status;
        }

        @Override
        public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata h,
                ServerCallHandler<Q, R> next) {
            if (calls.incrementAndGet() > failures) {
                return next.startCall(call, h);
            }
            if (!afterFirstMessage) {
                call.close(status.withDescription("flaky"), new Metadata());
                return new ServerCall.Listener<>() {
                };
            }
            return next.startCall(new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
                @Override
                public void sendMessage(R message) {
                    super.sendMessage(message);
                    super.close(status.withDescription("connection lost"), new Metadata());
                }
            }, h);
        }
    }

    private DeviceAgent agent;
    private Server server;

    private AgentClient start(Flaky flaky) throws Exception {
        AgentConfig config = AgentFixture.config();
        agent = DeviceAgent.start(config);
        String name = InProcessServerBuilder.generateName();
        server = InProcessServerBuilder.forName(name).directExecutor()
                .addService(ServerInterceptors.intercept(new LatencyAgentService(agent), flaky))
                .build().start();
        return AgentClient.over(InProcessChannelBuilder.forName(name).directExecutor().build(),
                ClientOptions.defaults().withMaxAttempts(3));
    }

    @AfterEach
    void stop() {
        if (agent != null) {
            agent.close();
            server.shutdownNow();
        }
    }

    @Test
    void unavailableIsRetriedUpToTheCap() throws Exception {
        Flaky flaky = new Flaky(2, false, Status.UNAVAILABLE);
        try (AgentClient client = start(flaky)) {
            assertEquals(true, client.health().serving());
            assertEquals(3, flaky.calls.get());
            assertEquals(4, client.profileModel(TINY_NET, FAST_SETTINGS).stats().count());
        }
        Flaky always = new Flaky(99, false, Status.UNAVAILABLE);
        agent.close();
        server.shutdownNow();
        try (AgentClient client = start(always)) {
            StatusRuntimeException e = assertThrows(StatusRuntimeException.class, client::health);
            assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode());
            assertEquals(3, always.calls.get());
        }
    }

    @Test
    void aDeadlineIsRetriedAndAFullQueueIsNot() throws Exception {
        Flaky late = new Flaky(1, false, Status.DEADLINE_EXCEEDED);
        try (AgentClient client = start(late)) {
            assertEquals(true, client.health().serving());
            assertEquals(2, late.calls.get());
        }
        agent.close();
        server.shutdownNow();
        Flaky busy = new Flaky(1, false, Status.RESOURCE_EXHAUSTED);
        try (AgentClient client = start(busy)) {
            StatusRuntimeException e = assertThrows(StatusRuntimeException.class, client::health);
            assertEquals(Status.Code.RESOURCE_EXHAUSTED, e.getStatus().getCode());
            assertEquals(1, busy.calls.get());
        }
    }

    @Test
    void otherStatusesAreAnswersAndNeverRetried() throws Exception {
        Flaky flaky = new Flaky(1, false, Status.INVALID_ARGUMENT);
        try (AgentClient client = start(flaky)) {
            assertThrows(StatusRuntimeException.class, client::describe);
            assertEquals(1, flaky.calls.get());
        }
    }

    @Test
    void aStreamBrokenMidwayIsResumedWithTheKeysNotYetAnswered() throws Exception {
        Flaky flaky = new Flaky(1, true, Status.UNAVAILABLE);
        List<String> keys = List.of(STEM, MBCONV, HEAD, FC, STEM);
        try (AgentClient client = start(flaky)) {
            List<Measurement> seen = new ArrayList<>();
            List<Measurement> all = client.profileOps(keys, FAST_SETTINGS, seen::add);
            assertEquals(2, flaky.calls.get());
            assertEquals(seen, all);
            assertEquals(List.of(STEM, STEM, MBCONV, HEAD, FC),
                    all.stream().map(Measurement::subject).toList());
            // the broken call stopped at the next block: only one block measured twice at most
            long measured = agent.health().measuredBlocks();
            assertEquals(true, measured >= 5 && measured <= 6, "measured " + measured);
        }
    }
}
