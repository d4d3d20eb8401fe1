package io.jnas.agent.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.agent.AgentFixture;
import io.jnas.agent.DeviceAgent;
import io.jnas.agent.cli.AgentCommand;
import io.jnas.agent.cli.CliFailures;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The corpus of connection failures over real loopback sockets, each through the real
 * {@code agent describe} command: the one line it prints and its exit code. A refused port is a
 * port bound and closed again; the TLS cases are a real TLS agent and a real plaintext agent.
 */
class ConnectionFailureCorpusIT {

    @TempDir
    static Path dir;

    static AgentServer tlsAgent;
    static AgentServer plainAgent;
    static SelfSignedCertificate cert;

    @BeforeAll
    static void start() throws Exception {
        cert = SelfSignedCertificate.create(dir);
        tlsAgent = AgentServer.start(DeviceAgent.start(AgentFixture.config()),
                new AgentServer.Options("127.0.0.1", 0, null, cert.certificate(),
                        cert.privateKey()), Duration.ofSeconds(5));
        plainAgent = AgentServer.start(DeviceAgent.start(AgentFixture.config()),
                new AgentServer.Options("127.0.0.1", 0, null, null, null), Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        tlsAgent.stop();
        plainAgent.stop();
    }

    record Run(int code, String err) {
    }

    static Run describe(String... more) {
        List<String> args = new ArrayList<>(List.of("describe"));
        args.addAll(List.of(more));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CliFailures.configure(new CommandLine(new AgentCommand()))
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args.toArray(String[]::new));
        return new Run(code, err.toString().strip());
    }

    static int refusedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void refusedPortSaysConnectionRefused() throws Exception {
        int port = refusedPort();

        Run r = describe("--target", "127.0.0.1:" + port);

        assertEquals(new Run(1, "agent at 127.0.0.1:" + port + ": connection refused by"
                + " /127.0.0.1:" + port + " (nothing listening there?)"), r);
    }

    @Test
    void unknownHostSaysHostNotFoundInOneLine() {
        assertEquals(new Run(1, "agent at nosuchhost.invalid:50051: host not found:"
                + " nosuchhost.invalid"), describe("--target", "nosuchhost.invalid:50051"));
    }

    @Test
    void plaintextClientToTlsAgentIsNamed() {
        String target = "127.0.0.1:" + tlsAgent.port();

        assertEquals(new Run(1, "agent at " + target + ": the agent closed the connection at"
                + " once: it may expect TLS (give --tls-ca / tls_ca) or not be a jnas agent"),
                describe("--target", target));
    }

    @Test
    void tlsClientToPlaintextAgentIsATlsMismatch() {
        String target = "127.0.0.1:" + plainAgent.port();

        assertEquals(new Run(1, "agent at " + target + ": TLS mismatch: the other side does not"
                + " speak TLS (drop --tls-ca / tls_ca to talk plaintext)"),
                describe("--target", target, "--tls-ca", cert.certificate().toString()));
    }

    @Test
    void untrustedCertificateIsNamed() throws Exception {
        SelfSignedCertificate other = SelfSignedCertificate.create(
                Files.createDirectories(dir.resolve("other")));
        String target = "127.0.0.1:" + tlsAgent.port();

        assertEquals(new Run(1, "agent at " + target + ": TLS handshake failed: the agent's"
                + " certificate is not signed by the given CA file (--tls-ca / tls_ca)"),
                describe("--target", target, "--tls-ca", other.certificate().toString()));
    }

    @Test
    void caFileWithoutCertificatesIsBadInput() throws Exception {
        Path notPem = Files.writeString(dir.resolve("ca.pem"), "not a certificate\n");
        String target = "127.0.0.1:" + tlsAgent.port();

        assertEquals(new Run(2, "agent at " + target + ": --tls-ca must be a readable PEM file"
                + " of certificates, but " + notPem + " holds no PEM certificate (expected"
                + " -----BEGIN CERTIFICATE-----)"),
                describe("--target", target, "--tls-ca", notPem.toString()));
        assertEquals(new Run(2, "agent at " + target + ": --tls-ca must be a readable PEM file"
                + " of certificates, but " + dir.resolve("none.pem") + " does not exist"),
                describe("--target", target, "--tls-ca", dir.resolve("none.pem").toString()));
    }

    @Test
    void negativeDeadlineNamesTheFlag() {
        assertEquals(new Run(2, "agent at 127.0.0.1:1: --deadline-s must be an integer in"
                + " [1, 86400], but was -1"),
                describe("--target", "127.0.0.1:1", "--deadline-s", "-1"));
    }

    /**
     * Junk connections (an HTTP/2 preface, then a frame longer than any allowed) make gRPC's
     * transport log a full Http2Exception trace each; the agent prints one line per
     * connection, at most {@link BadConnectionLog#LINES_PER_MINUTE} a minute.
     */
    @Test
    void junkConnectionsGetOneLineEachRateLimited() throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        BadConnectionLog.install(new BadConnectionLog(System::nanoTime, lines::add));
        // the HTTP/2 preface, an empty SETTINGS frame, then a frame header of length 2^24 - 1
        byte[] preface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] junk = Arrays.copyOf(preface, preface.length + 9 + 50);
        junk[preface.length + 3] = 4;
        Arrays.fill(junk, preface.length + 9, junk.length, (byte) 0xff);
        try {
            for (int i = 0; i < BadConnectionLog.LINES_PER_MINUTE + 5; i++) {
                try (Socket s = new Socket("127.0.0.1", plainAgent.port())) {
                    OutputStream o = s.getOutputStream();
                    o.write(junk);
                    o.flush();
                    s.getInputStream().read(new byte[1024]);
                }
            }
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (lines.size() < BadConnectionLog.LINES_PER_MINUTE
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(300);
        } finally {
            BadConnectionLog.install();
        }
        assertEquals(BadConnectionLog.LINES_PER_MINUTE, lines.size(), lines.toString());
        assertTrue(lines.stream().allMatch(l -> l.equals("bad connection closed: Frame length:"
                + " 16777215 exceeds maximum: 16384")), lines.toString());
    }
}
