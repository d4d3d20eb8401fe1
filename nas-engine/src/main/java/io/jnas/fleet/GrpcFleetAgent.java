package io.jnas.fleet;

import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.jnas.agent.client.AgentClient;
import io.jnas.agent.client.ClientOptions;
import io.jnas.arch.Design;
import io.jnas.arch.OpKey;
import io.jnas.table.LatencyEntry;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@link FleetAgent} over the agent's one client ({@link AgentClient}): this class only turns
 * the client's records into the engine's ({@link AgentRecords}) and its failures into {@link
 * AgentException}s. The client makes one attempt per call: the engine retries whole shards
 * ({@link ShardedRun}), under the same {@link io.jnas.agent.client.RetryPolicy}, and gives a
 * failing agent's keys to another agent of its hardware.
 */
public final class GrpcFleetAgent implements FleetAgent {

    /** Deadline of Describe; Health has {@link #HEALTH_DEADLINE}. */
    private static final Duration DESCRIBE_DEADLINE = Duration.ofSeconds(30);
    private static final Duration HEALTH_DEADLINE = Duration.ofSeconds(5);

    private final AgentEntry entry;
    private final AgentClient client;
    private final AgentClient health;
    private final Runnable onClose;

    /**
     * Wraps a channel.
     *
     * @param onClose run after the channel is shut down (e.g. stops an in-process agent)
     */
    public GrpcFleetAgent(AgentEntry entry, ManagedChannel channel, Runnable onClose) {
        this(entry, AgentClient.over(channel, options(entry)), onClose);
    }

    private GrpcFleetAgent(AgentEntry entry, AgentClient client, Runnable onClose) {
        this.entry = entry;
        this.client = client;
        this.health = client.withOptions(options(entry).withDeadlines(HEALTH_DEADLINE,
                entry.timeout()));
        this.onClose = onClose;
    }

    /** Connects to a remote agent (plaintext, or TLS when the entry names a CA file). */
    public static GrpcFleetAgent connect(AgentEntry entry) {
        try {
            return new GrpcFleetAgent(entry, AgentClient.connect(entry.address(), options(entry)),
                    () -> { });
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(entry + ": " + e.getMessage(), e);
        }
    }

    /** The entry's token, CA file and per-key timeout; one attempt per call. */
    private static ClientOptions options(AgentEntry entry) {
        ClientOptions o = ClientOptions.defaults().withMaxAttempts(1)
                .withDeadlinesPerKey(DESCRIBE_DEADLINE, entry.timeout());
        o = entry.token().isPresent() ? o.withToken(entry.token().get()) : o;
        return entry.tlsCa().isPresent() ? o.withTlsCa(entry.tlsCa().get()) : o;
    }

    @Override
    public AgentEntry entry() {
        return entry;
    }

    @Override
    public DeviceInfo describe() {
        try {
            return AgentRecords.device(client.describe());
        } catch (StatusRuntimeException e) {
            throw AgentRecords.failure(entry, "Describe", e);
        }
    }

    @Override
    public void profileOps(List<OpKey> keys, MeasureSettings settings, Consumer<LatencyEntry> onResult) {
        try {
            // the deadline covers the whole stream: the entry's timeout per key
            client.profileOps(keys.stream().map(OpKey::toString).toList(),
                    AgentRecords.settings(settings), m -> onResult.accept(AgentRecords.entry(m)));
        } catch (StatusRuntimeException e) {
            throw AgentRecords.failure(entry, "ProfileOps", e);
        }
    }

    @Override
    public ModelLatency profileModel(Design a, MeasureSettings settings) {
        try {
            return AgentRecords.model(client.profileModel(a.toJson(),
                    AgentRecords.settings(settings)));
        } catch (StatusRuntimeException e) {
            throw AgentRecords.failure(entry, "ProfileModel", e);
        }
    }

    @Override
    public boolean healthy() {
        try {
            health.health();
            return true;
        } catch (StatusRuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        client.close();
        onClose.run();
    }
}
