package io.jnas.fleet;

import io.grpc.CallCredentials;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.jnas.arch.Design;
import io.jnas.arch.OpKey;
import io.jnas.rpc.DescribeRequest;
import io.jnas.rpc.HealthRequest;
import io.jnas.rpc.LatencyAgentGrpc;
import io.jnas.rpc.OpMeasurement;
import io.jnas.rpc.ProfileModelRequest;
import io.jnas.rpc.ProfileOpsRequest;
import io.jnas.table.LatencyEntry;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A {@link FleetAgent} over gRPC: the engine side's one mapper between the protobuf contract
 * and the engine's records. Every call carries a deadline and, when set, the shared token.
 */
public final class GrpcFleetAgent implements FleetAgent {

    static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final AgentEntry entry;
    private final ManagedChannel channel;
    private final Runnable onClose;
    private final LatencyAgentGrpc.LatencyAgentBlockingStub stub;

    /**
     * Wraps a channel.
     *
     * @param onClose run after the channel is shut down (e.g. stops an in-process agent)
     */
    public GrpcFleetAgent(AgentEntry entry, ManagedChannel channel, Runnable onClose) {
        this.entry = entry;
        this.channel = channel;
        this.onClose = onClose;
        LatencyAgentGrpc.LatencyAgentBlockingStub s = LatencyAgentGrpc.newBlockingStub(channel);
        if (entry.token().isPresent()) {
            s = s.withCallCredentials(bearer(entry.token().get()));
        }
        this.stub = s;
    }

    /** Connects to a remote agent (plaintext, or TLS when the entry names a CA file). */
    public static GrpcFleetAgent connect(AgentEntry entry) {
        ChannelCredentials creds = InsecureChannelCredentials.create();
        if (entry.tlsCa().isPresent()) {
            try {
                creds = TlsChannelCredentials.newBuilder().trustManager(entry.tlsCa().get().toFile())
                        .build();
            } catch (IOException e) {
                throw new IllegalArgumentException(entry + ": TLS CA file "
                        + entry.tlsCa().get() + " cannot be read: " + e.getMessage());
            }
        }
        ManagedChannel ch = Grpc.newChannelBuilder(entry.address(), creds)
                .maxInboundMessageSize(16 << 20).build();
        return new GrpcFleetAgent(entry, ch, () -> { });
    }

    private static CallCredentials bearer(String token) {
        return new CallCredentials() {
            @Override
            public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
                Metadata m = new Metadata();
                m.put(AUTHORIZATION, "Bearer " + token);
                applier.apply(m);
            }
        };
    }

    @Override
    public AgentEntry entry() {
        return entry;
    }

    private LatencyAgentGrpc.LatencyAgentBlockingStub deadline(Duration d) {
        return stub.withDeadlineAfter(d.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public DeviceInfo describe() {
        try {
            return ProtoMapper.device(deadline(Duration.ofSeconds(30))
                    .describe(DescribeRequest.getDefaultInstance()));
        } catch (StatusRuntimeException e) {
            throw ProtoMapper.failure(entry, "Describe", e);
        }
    }

    @Override
    public void profileOps(List<OpKey> keys, MeasureSettings settings, Consumer<LatencyEntry> onResult) {
        ProfileOpsRequest.Builder req = ProfileOpsRequest.newBuilder()
                .setSettings(ProtoMapper.settings(settings));
        keys.forEach(k -> req.addOpKeys(k.toString()));
        try {
            // the deadline covers the whole stream: the entry's timeout per key
            Iterator<OpMeasurement> it = deadline(entry.timeout().multipliedBy(keys.size()))
                    .profileOps(req.build());
            while (it.hasNext()) {
                onResult.accept(ProtoMapper.entry(it.next()));
            }
        } catch (StatusRuntimeException e) {
            throw ProtoMapper.failure(entry, "ProfileOps", e);
        }
    }

    @Override
    public ModelLatency profileModel(Design a, MeasureSettings settings) {
        try {
            return ProtoMapper.model(deadline(entry.timeout()).profileModel(ProfileModelRequest
                    .newBuilder().setArchitectureJson(a.toJson())
                    .setSettings(ProtoMapper.settings(settings)).build()));
        } catch (StatusRuntimeException e) {
            throw ProtoMapper.failure(entry, "ProfileModel", e);
        }
    }

    @Override
    public boolean healthy() {
        try {
            deadline(Duration.ofSeconds(5)).health(HealthRequest.getDefaultInstance());
            return true;
        } catch (StatusRuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        channel.shutdownNow();
        try {
            channel.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        onClose.run();
    }
}
