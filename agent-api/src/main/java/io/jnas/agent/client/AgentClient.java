package io.jnas.agent.client;

import static java.util.Objects.requireNonNull;

import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.grpc.stub.MetadataUtils;
import io.jnas.agent.DeviceInfo;
import io.jnas.agent.HealthInfo;
import io.jnas.agent.Measurement;
import io.jnas.agent.guard.RequestedSettings;
import io.jnas.rpc.DescribeRequest;
import io.jnas.rpc.HealthRequest;
import io.jnas.rpc.LatencyAgentGrpc;
import io.jnas.rpc.OpMeasurement;
import io.jnas.rpc.ProfileModelRequest;
import io.jnas.rpc.ProfileOpsRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A client of one latency agent. Every call has a deadline; the statuses {@link RetryPolicy}
 * names (UNAVAILABLE, DEADLINE_EXCEEDED) are retried up to {@link ClientOptions#maxAttempts()}
 * times with back-off, since every other status is an answer.
 *
 * <p>Speaks the agent's records ({@link DeviceInfo}, {@link Measurement}); the protobuf types
 * stay inside this package.
 *
 * <pre>{@code
 * try (AgentClient c = AgentClient.connect("jetson.lan:50051", ClientOptions.defaults()
 *         .withToken(token).withTlsCa(Path.of("ca.pem")))) {
 *     DeviceInfo d = c.describe();
 *     c.profileOps(keys, RequestedSettings.DEFAULTS, m -> table.put(m.subject(), m));
 * }
 * }</pre>
 */
public final class AgentClient implements AutoCloseable {

    private static final long FIRST_BACKOFF_MS = 200;
    /** Largest answer accepted: a Describe of an agent with many engines and devices. */
    private static final int MAX_MESSAGE_BYTES = 16 << 20;

    private final ManagedChannel channel;
    private final ClientOptions options;
    private final LatencyAgentGrpc.LatencyAgentBlockingStub stub;

    private AgentClient(ManagedChannel channel, ClientOptions options) {
        this.channel = channel;
        this.options = options;
        LatencyAgentGrpc.LatencyAgentBlockingStub s = LatencyAgentGrpc.newBlockingStub(channel);
        if (options.token() != null) {
            Metadata headers = new Metadata();
            headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
                    "Bearer " + options.token());
            s = s.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
        }
        this.stub = s;
    }

    /**
     * A client of the agent at {@code host:port}, over TLS when the options name a CA file.
     *
     * @throws IllegalArgumentException when the CA file is missing or holds no certificate
     */
    public static AgentClient connect(String target, ClientOptions options) {
        requireNonNull(target, "target");
        ChannelCredentials credentials = InsecureChannelCredentials.create();
        if (options.tlsCa() != null) {
            try {
                TrustedCertificates.check(options.tlsCa());
                credentials = TlsChannelCredentials.newBuilder()
                        .trustManager(options.tlsCa().toFile()).build();
            } catch (IllegalArgumentException | IOException e) {
                throw new IllegalArgumentException("--tls-ca must be a readable PEM file of"
                        + " certificates, but " + e.getMessage(), e);
            }
        }
        return new AgentClient(Grpc.newChannelBuilder(target, credentials)
                .maxInboundMessageSize(MAX_MESSAGE_BYTES).build(), options);
    }

    /** A client over an existing channel, which it then owns and closes. */
    public static AgentClient over(ManagedChannel channel, ClientOptions options) {
        return new AgentClient(requireNonNull(channel, "channel"), options);
    }

    /**
     * A client of the same agent over the same channel with other options (e.g. a shorter
     * deadline for health checks); closing either closes the channel of both.
     */
    public AgentClient withOptions(ClientOptions other) {
        return new AgentClient(channel, requireNonNull(other, "options"));
    }

    public DeviceInfo describe() {
        return ClientMapper.device(
                retry(() -> shortCall().describe(DescribeRequest.getDefaultInstance())));
    }

    public HealthInfo health() {
        return ClientMapper.health(
                retry(() -> shortCall().health(HealthRequest.getDefaultInstance())));
    }

    /**
     * Times a whole network end to end.
     *
     * @param architectureJson the architecture's canonical JSON
     * @throws StatusRuntimeException with the agent's status when the call fails
     */
    public Measurement profileModel(String architectureJson, RequestedSettings settings) {
        ProfileModelRequest request = ProfileModelRequest.newBuilder()
                .setArchitectureJson(architectureJson)
                .setSettings(ClientMapper.settings(settings)).build();
        return ClientMapper.model(retry(() -> profileCall(1).profileModel(request)));
    }

    /**
     * Measures op keys, handing each result to {@code onResult} as it arrives. When the stream
     * fails with a retryable status ({@link RetryPolicy}) midway, the keys not yet answered are
     * asked for again (nothing is measured twice); any other status ends the call.
     *
     * @param keys op keys in canonical form
     * @return the results in the order they arrived
     * @throws StatusRuntimeException with the agent's status when the call fails
     */
    public List<Measurement> profileOps(List<String> keys, RequestedSettings settings,
            Consumer<Measurement> onResult) {
        Map<String, Integer> missing = new LinkedHashMap<>();
        keys.forEach(k -> missing.merge(k, 1, Integer::sum));
        List<Measurement> results = new ArrayList<>();
        ProfileOpsRequest.Builder request = ProfileOpsRequest.newBuilder()
                .setSettings(ClientMapper.settings(settings));
        for (int attempt = 1; ; attempt++) {
            List<String> rest = new ArrayList<>();
            missing.forEach((k, n) -> rest.addAll(Collections.nCopies(n, k)));
            try {
                Iterator<OpMeasurement> it = profileCall(rest.size()).profileOps(
                        request.clearOpKeys().addAllOpKeys(rest).build());
                while (it.hasNext()) {
                    Measurement m = ClientMapper.op(it.next());
                    missing.computeIfPresent(m.subject(), (k, n) -> n > 1 ? n - 1 : null);
                    results.add(m);
                    onResult.accept(m);
                }
                return results;
            } catch (StatusRuntimeException raw) {
                StatusRuntimeException e = RetryPolicy.normalize(raw);
                if (!retriable(e, attempt)) {
                    throw e;
                }
                backoff(attempt);
            }
        }
    }

    private LatencyAgentGrpc.LatencyAgentBlockingStub profileCall(int keys) {
        return stub.withDeadlineAfter(options.profileDeadline(keys).toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private LatencyAgentGrpc.LatencyAgentBlockingStub shortCall() {
        return stub.withDeadlineAfter(options.callDeadline().toMillis(), TimeUnit.MILLISECONDS);
    }

    private <T> T retry(Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (StatusRuntimeException raw) {
                StatusRuntimeException e = RetryPolicy.normalize(raw);
                if (!retriable(e, attempt)) {
                    throw e;
                }
                backoff(attempt);
            }
        }
    }

    private boolean retriable(StatusRuntimeException e, int attempt) {
        return RetryPolicy.retryable(e.getStatus().getCode()) && attempt < options.maxAttempts();
    }

    private static void backoff(int attempt) {
        try {
            Thread.sleep(FIRST_BACKOFF_MS << (attempt - 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Status.CANCELLED.withDescription("interrupted while waiting to retry")
                    .asRuntimeException();
        }
    }

    @Override
    public void close() {
        channel.shutdown();
        try {
            if (!channel.awaitTermination(5, TimeUnit.SECONDS)) {
                channel.shutdownNow();
            }
        } catch (InterruptedException e) {
            channel.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
