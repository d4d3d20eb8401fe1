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
import io.jnas.rpc.DescribeRequest;
import io.jnas.rpc.DeviceDescription;
import io.jnas.rpc.HealthRequest;
import io.jnas.rpc.HealthResponse;
import io.jnas.rpc.LatencyAgentGrpc;
import io.jnas.rpc.ModelMeasurement;
import io.jnas.rpc.OpMeasurement;
import io.jnas.rpc.ProfileModelRequest;
import io.jnas.rpc.ProfileOpsRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A client of one latency agent. Every call has a deadline; only UNAVAILABLE is retried (up to
 * {@link ClientOptions#maxAttempts()}, with back-off), since every other status is an answer.
 *
 * <pre>{@code
 * try (AgentClient c = AgentClient.connect("jetson.lan:50051", ClientOptions.defaults()
 *         .withToken(token).withTlsCa(Path.of("ca.pem")))) {
 *     DeviceDescription d = c.describe();
 *     c.profileOps(request, m -> table.put(m.getOpKey(), m));
 * }
 * }</pre>
 */
public final class AgentClient implements AutoCloseable {

    private static final long FIRST_BACKOFF_MS = 200;

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
     * @throws UncheckedIOException when the CA file cannot be read
     */
    public static AgentClient connect(String target, ClientOptions options) {
        requireNonNull(target, "target");
        ChannelCredentials credentials = InsecureChannelCredentials.create();
        if (options.tlsCa() != null) {
            try {
                credentials = TlsChannelCredentials.newBuilder()
                        .trustManager(options.tlsCa().toFile()).build();
            } catch (IOException e) {
                throw new UncheckedIOException("--tls-ca must be a readable PEM file, but "
                        + options.tlsCa() + " was not", e);
            }
        }
        return new AgentClient(Grpc.newChannelBuilder(target, credentials).build(), options);
    }

    /** A client over an existing channel, which it then owns and closes. */
    public static AgentClient over(ManagedChannel channel, ClientOptions options) {
        return new AgentClient(requireNonNull(channel, "channel"), options);
    }

    public DeviceDescription describe() {
        return retry(() -> shortCall().describe(DescribeRequest.getDefaultInstance()));
    }

    public HealthResponse health() {
        return retry(() -> shortCall().health(HealthRequest.getDefaultInstance()));
    }

    public ModelMeasurement profileModel(ProfileModelRequest request) {
        return retry(() -> profileCall().profileModel(request));
    }

    /**
     * Measures op keys, handing each result to {@code onResult} as it arrives. When the agent
     * becomes UNAVAILABLE mid-stream, the keys not yet answered are asked for again (nothing is
     * measured twice); any other status ends the call.
     *
     * @return the results in the order they arrived
     * @throws StatusRuntimeException with the agent's status when the call fails
     */
    public List<OpMeasurement> profileOps(ProfileOpsRequest request,
            Consumer<OpMeasurement> onResult) {
        Map<String, Integer> missing = new LinkedHashMap<>();
        request.getOpKeysList().forEach(k -> missing.merge(k, 1, Integer::sum));
        List<OpMeasurement> results = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            List<String> keys = new ArrayList<>();
            missing.forEach((k, n) -> {
                for (int i = 0; i < n; i++) {
                    keys.add(k);
                }
            });
            ProfileOpsRequest rest = request.toBuilder().clearOpKeys().addAllOpKeys(keys).build();
            try {
                Iterator<OpMeasurement> it = profileCall().profileOps(rest);
                while (it.hasNext()) {
                    OpMeasurement m = it.next();
                    missing.computeIfPresent(m.getOpKey(), (k, n) -> n > 1 ? n - 1 : null);
                    results.add(m);
                    onResult.accept(m);
                }
                return results;
            } catch (StatusRuntimeException e) {
                if (!retriable(e, attempt)) {
                    throw e;
                }
                backoff(attempt);
            }
        }
    }

    /** The blocking stub with the profile deadline: for callers that want the raw iterator. */
    public LatencyAgentGrpc.LatencyAgentBlockingStub profileCall() {
        return stub.withDeadlineAfter(options.profileDeadline().toMillis(), TimeUnit.MILLISECONDS);
    }

    private LatencyAgentGrpc.LatencyAgentBlockingStub shortCall() {
        return stub.withDeadlineAfter(options.callDeadline().toMillis(), TimeUnit.MILLISECONDS);
    }

    private <T> T retry(Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (StatusRuntimeException e) {
                if (!retriable(e, attempt)) {
                    throw e;
                }
                backoff(attempt);
            }
        }
    }

    private boolean retriable(StatusRuntimeException e, int attempt) {
        return e.getStatus().getCode() == Status.Code.UNAVAILABLE
                && attempt < options.maxAttempts();
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
