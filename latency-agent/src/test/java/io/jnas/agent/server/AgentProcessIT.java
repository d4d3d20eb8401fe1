package io.jnas.agent.server;

import static io.jnas.agent.AgentFixture.FAST_SETTINGS;
import static io.jnas.agent.AgentFixture.FC;
import static io.jnas.agent.AgentFixture.MBCONV;
import static io.jnas.agent.AgentFixture.STEM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.jnas.agent.DeviceInfo;
import io.jnas.agent.Measurement;
import io.jnas.agent.client.AgentClient;
import io.jnas.agent.client.ClientOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real agent as a separate JVM on a loopback port, reached over TCP, then killed. */
class AgentProcessIT {

    private static final Pattern LISTENING =
            Pattern.compile("latency agent listening on 127\\.0\\.0\\.1:(\\d+) .*");
    private static final String TOKEN = "it-token-5b1e0c";

    @TempDir
    Path dir;
    private Process agent;

    /** Starts {@code AgentMain} in a new JVM with this JVM's class path; returns its port. */
    private int startAgent() throws Exception {
        Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN + "\n");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-DOPT_OUT_TRACKING=true",
                "-cp", System.getProperty("java.class.path"), "io.jnas.agent.cli.AgentMain",
                "--port", "0", "--token-file", tokenFile.toString(), "--startup-warmup-ms", "0",
                "--hardware-id", "it-cpu");
        pb.environment().put("OPT_OUT_TRACKING", "true");
        pb.environment().remove("JNAS_AGENT_TOKEN");
        pb.redirectError(dir.resolve("agent.err").toFile());
        // to a file, not a pipe: destroy() closes the pipes, and the last line comes after it
        pb.redirectOutput(dir.resolve("agent.out").toFile());
        agent = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(dir.resolve("agent.out"))) {
                Matcher m = LISTENING.matcher(line);
                if (m.matches()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            if (!agent.isAlive()) {
                throw new IllegalStateException("agent exited without listening: "
                        + Files.readString(dir.resolve("agent.err")));
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("agent did not listen within 120 s");
    }

    @AfterEach
    void kill() throws InterruptedException {
        if (agent != null && agent.isAlive()) {
            agent.destroyForcibly();
            agent.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static AgentClient client(int port, String token) {
        return AgentClient.connect("127.0.0.1:" + port, ClientOptions.defaults().withToken(token)
                .withMaxAttempts(1));
    }

    @Test
    void answersOverTcpWithTheTokenRefusesWithoutAndStopsGracefullyOnSigterm() throws Exception {
        int port = startAgent();
        try (AgentClient good = client(port, TOKEN); AgentClient none = client(port, null);
                AgentClient wrong = client(port, "not-the-token")) {
            DeviceInfo d = good.describe();
            assertEquals("it-cpu", d.hardwareId());
            assertTrue(good.health().serving());
            List<Measurement> got = good.profileOps(List.of(STEM, FC), FAST_SETTINGS, m -> { });
            assertEquals(List.of(STEM, FC), got.stream().map(Measurement::subject).toList());
            assertEquals("it-cpu", got.get(0).conditions().hardwareId());

            StatusRuntimeException missing = assertThrows(StatusRuntimeException.class,
                    none::describe);
            assertEquals(Status.Code.UNAUTHENTICATED, missing.getStatus().getCode());
            StatusRuntimeException mismatch = assertThrows(StatusRuntimeException.class,
                    () -> wrong.profileOps(List.of(FC), FAST_SETTINGS, m -> { }));
            assertEquals(Status.Code.UNAUTHENTICATED, mismatch.getStatus().getCode());

            // SIGTERM while a long call streams: the block in hand is finished and sent, then
            // the call ends with UNAVAILABLE and the process exits by itself
            List<Measurement> streamed = Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Void> firstResult = new CompletableFuture<>();
            CompletableFuture<StatusRuntimeException> end = CompletableFuture.supplyAsync(() -> {
                try {
                    good.profileOps(Collections.nCopies(500, MBCONV), FAST_SETTINGS, m -> {
                        streamed.add(m);
                        firstResult.complete(null);
                    });
                    return null;
                } catch (StatusRuntimeException e) {
                    return e;
                }
            });
            firstResult.get(60, TimeUnit.SECONDS);
            agent.destroy();
            StatusRuntimeException e = end.get(60, TimeUnit.SECONDS);
            assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode(), e.toString());
            assertEquals("agent shutting down", e.getStatus().getDescription());
            assertTrue(streamed.size() >= 1 && streamed.size() < 500, "results: "
                    + streamed.size());
            assertTrue(agent.waitFor(60, TimeUnit.SECONDS), "agent did not exit after SIGTERM");
            assertEquals(143, agent.exitValue(), "exit status after SIGTERM");
            List<String> out = Files.readAllLines(dir.resolve("agent.out"));
            assertTrue(out.get(out.size() - 1).startsWith("latency agent stopped after "),
                    out.toString());
        }
    }

    @Test
    void aKilledAgentIsUnavailableToItsClients() throws Exception {
        int port = startAgent();
        try (AgentClient good = client(port, TOKEN)) {
            assertTrue(good.health().serving());
            agent.destroyForcibly();
            assertTrue(agent.waitFor(30, TimeUnit.SECONDS));
            StatusRuntimeException e = assertThrows(StatusRuntimeException.class, good::health);
            assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode(), e.getStatus() + " cause "
                    + e.getCause());
        }
    }
}
