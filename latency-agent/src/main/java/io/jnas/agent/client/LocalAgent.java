package io.jnas.agent.client;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.jnas.agent.AgentConfig;
import io.jnas.agent.DeviceAgent;
import io.jnas.agent.server.LatencyAgentService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

/**
 * An agent for this machine's CPU inside this JVM, reached through gRPC's in-process
 * transport: the same service, queue and guards as a remote agent, without a socket or a
 * server started by hand. The engine uses it for its {@code local} fleet entry, through
 * {@link InProcessAgent} and {@link LocalAgentProvider}.
 *
 * <pre>{@code
 * try (LocalAgent local = LocalAgent.start(AgentConfig.defaults())) {
 *     DeviceInfo d = local.client().describe();
 * }
 * }</pre>
 */
public final class LocalAgent implements InProcessAgent {

    private final DeviceAgent agent;
    private final Server server;
    private final String name;

    private LocalAgent(DeviceAgent agent, Server server, String name) {
        this.agent = agent;
        this.server = server;
        this.name = name;
    }

    /** Starts the agent and its in-process server. */
    public static LocalAgent start(AgentConfig config) {
        DeviceAgent agent = DeviceAgent.start(config);
        String name = "jnas-local-agent-" + InProcessServerBuilder.generateName();
        try {
            Server server = InProcessServerBuilder.forName(name)
                    .addService(LatencyAgentService.definition(agent, null))
                    .build().start();
            return new LocalAgent(agent, server, name);
        } catch (IOException e) {
            agent.close();
            throw new UncheckedIOException("in-process agent failed to start", e);
        }
    }

    /** A new client of this agent; close it when done (closing the agent closes none). */
    public AgentClient client(ClientOptions options) {
        ManagedChannel channel = InProcessChannelBuilder.forName(name).build();
        return AgentClient.over(channel, options);
    }

    /** A new in-process channel to this agent, for callers with their own stubs; close it. */
    @Override
    public ManagedChannel newChannel() {
        return InProcessChannelBuilder.forName(name).build();
    }

    /** A client with default options. */
    public AgentClient client() {
        return client(ClientOptions.defaults());
    }

    /** The domain agent behind the server (health, direct use by tests). */
    public DeviceAgent agent() {
        return agent;
    }

    @Override
    public void close() {
        // the agent first: it finishes the block in hand and ends its calls, then the server goes
        agent.close();
        server.shutdown();
        try {
            if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
                server.shutdownNow();
            }
        } catch (InterruptedException e) {
            server.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
