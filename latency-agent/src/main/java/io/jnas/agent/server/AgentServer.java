package io.jnas.agent.server;

import static java.util.Objects.requireNonNull;

import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerCredentials;
import io.grpc.TlsServerCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.jnas.agent.DeviceAgent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link DeviceAgent} served over TCP. Binds to loopback unless told otherwise; binding any
 * other address needs a token (checked on every call), and TLS is offered with a certificate
 * and key file.
 *
 * <pre>{@code
 * AgentServer server = AgentServer.start(agent, new AgentServer.Options("127.0.0.1", 50051,
 *         null, null, null));
 * server.installShutdownHook(() -> { }); // SIGTERM: finish the block in hand, answer, stop
 * server.blockUntilShutdown();
 * }</pre>
 */
public final class AgentServer {

    /** Largest request accepted: a thousand keys or a big architecture fit many times over. */
    static final int MAX_INBOUND_BYTES = 2 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(AgentServer.class);

    /**
     * Where and how to listen.
     *
     * @param port 0 picks a free port
     * @param token shared token clients must send; null for none (loopback only)
     * @param tlsCert PEM certificate chain, or null for plain TCP
     * @param tlsKey PEM PKCS#8 private key; given exactly when {@code tlsCert} is
     */
    public record Options(String bind, int port, String token, Path tlsCert, Path tlsKey) {
        public Options {
            requireNonNull(bind, "bind");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be in [0, 65535], but was " + port);
            }
            if ((tlsCert == null) != (tlsKey == null)) {
                throw new IllegalArgumentException(
                        "--tls-cert and --tls-key must be given together, but only one was");
            }
            if (token != null && token.isBlank()) {
                throw new IllegalArgumentException("token must not be blank");
            }
        }

        /**
         * Refuses to expose an agent without a token.
         *
         * @throws IllegalArgumentException when {@code bind} is not loopback and no token is set
         */
        public void checkExposure() {
            if (!address(bind).isLoopbackAddress() && token == null) {
                throw new IllegalArgumentException("--bind " + bind + " is not a loopback"
                        + " address: an agent reachable from other hosts must require a token"
                        + " (--token-file or --token) and should use TLS (--tls-cert, --tls-key)");
            }
        }
    }

    private final DeviceAgent agent;
    private final Server server;
    private final Duration grace;

    private AgentServer(DeviceAgent agent, Server server, Duration grace) {
        this.agent = agent;
        this.server = server;
        this.grace = grace;
    }

    /**
     * Starts listening.
     *
     * @throws IllegalArgumentException when a non-loopback address is asked for without a token
     * @throws IOException when the address cannot be bound
     */
    public static AgentServer start(DeviceAgent agent, Options options, Duration shutdownGrace)
            throws IOException {
        options.checkExposure();
        BadConnectionLog.install();
        InetAddress address = address(options.bind());
        ServerCredentials credentials = options.tlsCert() == null
                ? InsecureServerCredentials.create()
                : TlsServerCredentials.create(options.tlsCert().toFile(),
                        options.tlsKey().toFile());
        Server server = NettyServerBuilder
                .forAddress(new InetSocketAddress(address, options.port()), credentials)
                .addService(LatencyAgentService.definition(agent, options.token()))
                .maxInboundMessageSize(MAX_INBOUND_BYTES)
                .build()
                .start();
        return new AgentServer(agent, server, shutdownGrace);
    }

    private static InetAddress address(String bind) {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind must be an address or a host name of this"
                    + " machine, but was '" + bind + "'");
        }
    }

    /** The port listened on (the real one when 0 was asked for). */
    public int port() {
        return server.getPort();
    }

    /**
     * Graceful stop: the block in hand is finished and its result sent; calls not finished end
     * with UNAVAILABLE "agent shutting down"; then the socket closes.
     */
    public void stop() {
        boolean idle = agent.stop(grace);
        if (!idle) {
            LOG.warn("the block in hand did not finish within {} s; stopping anyway",
                    grace.toSeconds());
        }
        server.shutdown();
        try {
            if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
                server.shutdownNow();
            }
        } catch (InterruptedException e) {
            server.shutdownNow();
            Thread.currentThread().interrupt();
        }
        agent.close();
    }

    /**
     * Stops gracefully when the JVM is asked to exit (SIGTERM, SIGINT), then runs
     * {@code afterStop} (the JVM halts once the hook returns, so a last word goes there).
     */
    public void installShutdownHook(Runnable afterStop) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop();
            afterStop.run();
        }, "jnas-agent-shutdown"));
    }

    public void blockUntilShutdown() throws InterruptedException {
        server.awaitTermination();
    }
}
