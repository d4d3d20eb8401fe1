package io.jnas.agent.client;

import io.grpc.ManagedChannel;
import java.util.ServiceLoader;

/**
 * An agent running inside this JVM on its CPU, reached through gRPC channels of its own: what a
 * {@code local} fleet entry uses. The engine needs only this interface; the agent's server
 * (latency-agent's {@code LocalAgent}) comes through an {@link InProcessAgentProvider} found by
 * {@link ServiceLoader}, so whoever composes the class path (the {@code nas} command line)
 * decides whether there is one.
 *
 * <pre>{@code
 * try (InProcessAgent agent = InProcessAgent.start()) {
 *     ManagedChannel channel = agent.newChannel();
 * }
 * }</pre>
 */
public interface InProcessAgent extends AutoCloseable {

    /** A new channel to this agent; the caller closes it. */
    ManagedChannel newChannel();

    /** Stops the agent; channels still open fail from then on. */
    @Override
    void close();

    /**
     * Starts the in-process agent of the first provider on the class path.
     *
     * @throws IllegalStateException when no provider is there (latency-agent is missing)
     */
    static InProcessAgent start() {
        return ServiceLoader.load(InProcessAgentProvider.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("a 'local' fleet entry needs the"
                        + " in-process agent of module latency-agent on the class path, but no "
                        + InProcessAgentProvider.class.getName() + " was found"))
                .start();
    }
}
