package io.jnas.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.agent.AgentFixture;
import io.jnas.agent.DeviceAgent;
import io.jnas.agent.server.AgentServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The {@code agent} commands as a user runs them, against an agent on a loopback socket. */
class AgentCliIT {

    private static AgentServer server;
    private static String target;

    /** Exit code, standard output and standard error of one command. */
    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void start() throws Exception {
        DeviceAgent agent = DeviceAgent.start(AgentFixture.config());
        server = AgentServer.start(agent, new AgentServer.Options("127.0.0.1", 0, null, null,
                null), Duration.ofSeconds(10));
        target = "127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CliFailures.configure(new CommandLine(new AgentCommand()))
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static String space() {
        return Path.of(System.getProperty("nas.home", "..")).resolve(
                "configs/spaces/mnist-small.yaml").toString();
    }

    private static final String[] FAST = {"--warmup", "1", "--reps", "2", "--rounds", "2",
        "--max-remeasure", "0"};

    private static String[] with(String[] a, String... b) {
        return Stream.concat(Arrays.stream(a), Arrays.stream(b)).toArray(String[]::new);
    }

    @Test
    void describePrintsTheDevice() {
        Run r = run("describe", "--target", target);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("hardware id    test-cpu"), r.out());
        assertTrue(r.out().contains("pytorch 2.7.1 on [cpu]"), r.out());
        assertTrue(r.out().contains("onnxruntime 1.23.2 on [cpu]"), r.out());
        assertTrue(r.out().contains("tensorrt unavailable:"), r.out());
    }

    @Test
    void profileComparesTheSumOfBlocksWithEndToEnd() {
        Run r = run(with(new String[] {"profile", "--target", target, "--space", space(),
            "--sample", "2"}, FAST));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("profiling 2 architectures of mnist-small (seed 1): "),
                r.out());
        assertTrue(r.out().contains("e2e/sum"), r.out());
        assertEquals(2, r.out().lines().filter(l -> l.matches("[0-9a-f]{16} .* ms .*")).count(),
                r.out());
    }

    @Test
    void aRefusalIsOneLineWithTheStatus() {
        Run r = run("profile", "--target", target, "--space", space(), "--sample", "1",
                "--batch", "999");
        assertEquals(1, r.code());
        assertEquals("agent at " + target + ": the agent answered INVALID_ARGUMENT: settings.batch"
                + " must be in [1, 256], but was 999", r.err().strip());
    }

    @Test
    void benchPrintsLatencySpreadAndThroughput() {
        Run r = run(with(new String[] {"bench", "--space", space(), "--blocks", "4",
            "--startup-warmup-ms", "0"}, FAST));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("blocks measured:                  4"), r.out());
        assertTrue(r.out().contains("cv of round medians per block:"), r.out());
        assertTrue(r.out().contains("blocks/minute"), r.out());
    }

    @Test
    void benchTimesTheSameKeysWithTwoEnginesAndPrintsThemSideBySide() {
        Run r = run(with(new String[] {"bench", "--space", space(), "--blocks", "3",
            "--startup-warmup-ms", "0", "--engine", "pytorch,onnxruntime"}, FAST));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("conditions: pytorch 2.7.1, cpu"), r.out());
        assertTrue(r.out().contains("conditions: onnxruntime 1.23.2, cpu"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("block key +pytorch ms +onnxruntime ms"
                + " +onnxruntime/pytorch")), r.out());
        assertEquals(3, r.out().lines().filter(l -> l.matches("[a-z]+:i\\d+\\S* +[0-9.]+ +[0-9.]+"
                + " +[0-9.]+")).count(), r.out());
        assertTrue(r.out().contains("onnxruntime / pytorch over 3 blocks: median "), r.out());

        Run bad = run("bench", "--space", space(), "--engine", "tensorflow", "--tiny",
                "--startup-warmup-ms", "0");
        assertEquals(1, bad.code(), "an engine missing from this build");
        assertTrue(bad.err().contains("engine must be one of [pytorch, onnxruntime, tensorrt] in this agent"
                + " build, but was tensorflow"), bad.err());
    }

    @Test
    void soakPrintsResidentMemoryAtStartAndEnd() {
        Run r = run("bench", "--space", space(), "--blocks", "3", "--startup-warmup-ms", "0",
                "--soak", "20", "--tiny");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("start       0 blocks: rss "), r.out());
        assertTrue(r.out().contains("after      20 blocks: rss "), r.out());
        assertTrue(r.out().contains("growth: "), r.out());
    }

    @Test
    void servingAnotherAddressWithoutATokenIsAUsageError() {
        Run r = run("--bind", "0.0.0.0", "--port", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("agent: --bind 0.0.0.0 is not a loopback address"), r.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] args : new String[][] {{"--help"}, {"describe", "--help"},
            {"profile", "--help"}, {"bench", "--help"}}) {
            Run r = run(args);
            assertEquals(0, r.code(), String.join(" ", args));
            assertTrue(r.out().startsWith("Usage: agent"), r.out());
        }
    }
}
