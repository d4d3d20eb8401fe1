package io.jnas.agent.server;

import static io.jnas.agent.AgentFixture.FAST_SETTINGS;
import static io.jnas.agent.AgentFixture.FC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.jnas.agent.AgentFixture;
import io.jnas.agent.DeviceAgent;
import io.jnas.agent.client.AgentClient;
import io.jnas.agent.client.ClientOptions;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Netty server in this JVM on a real loopback socket: TLS, token, and exposure rules. */
class AgentServerIT {

    private static final String TOKEN = "tls-token-93c2";

    @TempDir
    Path dir;
    private AgentServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void tlsWithTokenAnswersTrustedClientsOnly() throws Exception {
        SelfSignedCertificate cert = SelfSignedCertificate.create(dir);
        DeviceAgent agent = DeviceAgent.start(AgentFixture.config());
        server = AgentServer.start(agent, new AgentServer.Options("127.0.0.1", 0, TOKEN,
                cert.certificate(), cert.privateKey()), Duration.ofSeconds(10));
        String target = "127.0.0.1:" + server.port();
        ClientOptions tls = ClientOptions.defaults().withTlsCa(cert.certificate())
                .withMaxAttempts(1);

        try (AgentClient c = AgentClient.connect(target, tls.withToken(TOKEN))) {
            assertEquals("test-cpu", c.describe().hardwareId());
            assertEquals(FC, c.profileOps(java.util.List.of(FC), FAST_SETTINGS, m -> { }).get(0)
                    .subject());
        }
        try (AgentClient c = AgentClient.connect(target, tls)) {
            assertEquals(Status.Code.UNAUTHENTICATED, assertThrows(StatusRuntimeException.class,
                    c::health).getStatus().getCode());
        }
        try (AgentClient plain = AgentClient.connect(target, ClientOptions.defaults()
                .withToken(TOKEN).withMaxAttempts(1))) {
            // a plaintext client cannot talk to a TLS agent
            assertEquals(Status.Code.UNAVAILABLE, assertThrows(StatusRuntimeException.class,
                    plain::health).getStatus().getCode());
        }
    }

    @Test
    void plainLoopbackNeedsNoToken() throws Exception {
        DeviceAgent agent = DeviceAgent.start(AgentFixture.config());
        server = AgentServer.start(agent, new AgentServer.Options("localhost", 0, null, null, null),
                Duration.ofSeconds(10));
        try (AgentClient c = AgentClient.connect("localhost:" + server.port(),
                ClientOptions.defaults())) {
            assertTrue(c.health().serving());
        }
    }

    @Test
    void anotherAddressThanLoopbackWithoutATokenIsRefusedBeforeBinding() {
        AgentServer.Options exposed = new AgentServer.Options("0.0.0.0", 0, null, null, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                exposed::checkExposure);
        assertTrue(e.getMessage().startsWith("--bind 0.0.0.0 is not a loopback address: an agent"
                + " reachable from other hosts must require a token"), e.getMessage());
        new AgentServer.Options("0.0.0.0", 0, TOKEN, null, null).checkExposure();
        new AgentServer.Options("::1", 0, null, null, null).checkExposure();
        IllegalArgumentException half = assertThrows(IllegalArgumentException.class,
                () -> new AgentServer.Options("127.0.0.1", 0, null, dir.resolve("c"), null));
        assertEquals("--tls-cert and --tls-key must be given together, but only one was",
                half.getMessage());
    }
}
