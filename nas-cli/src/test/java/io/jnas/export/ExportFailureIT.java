package io.jnas.export;

import io.jnas.cli.NasCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnas.cli.export.ExportCommand;
import io.jnas.fleet.FleetConnector;
import io.jnas.model.DjlRuntime;
import io.jnas.run.TestRuns;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Agents that are dead before the export, or die during it: one clear message, and every
 * measurement that was obtained is kept.
 */
class ExportFailureIT {

    @TempDir
    Path tmp;

    @BeforeAll
    static void djl() {
        DjlRuntime.configure(1);
    }

    record Cli(int code, String out, String err) {
    }

    static Cli export(FleetConnector connector, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NasCommand.commandLine(new ExportCommand(connector)).setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err)).execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** A synthetic-evaluator run whose devices are all predicted by FLOPs lines. */
    Path run(List<String> devices) {
        Map<String, Object> keys = new LinkedHashMap<>(TestRuns.keys("regularized", 14, 5));
        keys.put("devices", devices);
        Map<String, Object> c = new LinkedHashMap<>();
        devices.forEach(d -> c.put(d, Map.of("ms-per-mmac", 0.3, "offset-ms", 0.2)));
        keys.put("flops-coefficients", c);
        Path dir = tmp.resolve("run");
        TestRuns.runs().start(TestRuns.config(keys), dir);
        return dir;
    }

    @Test
    void aDeadAgentIsNamedBeforeAnythingIsWritten() throws IOException {
        Path dir = run(List.of("edge-hw"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();   // closed again: nothing listens there
        }
        Path fleet = Files.writeString(tmp.resolve("fleet.yaml"), "agents:\n  - name: edge-1\n"
                + "    address: 127.0.0.1:" + port + "\n    timeout_s: 5\n");
        Cli r = export(FleetConnector.standard(), "--run", dir.toString(), "--fleet",
                fleet.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("nas export: device 'edge-hw' must be served by a live"
                + " agent of " + fleet + " that reports hardware id edge-hw, but edge-1 (127.0.0.1:"
                + port + ") unreachable: "), lines.get(0));
        assertTrue(lines.get(0).endsWith("(start its agent, or give another fleet with --fleet,"
                + " or skip timing with --no-measure)"), lines.get(0));
        assertFalse(Files.exists(dir.resolve("export")));
        assertFalse(Files.exists(dir.resolve(".export-tmp")));
    }

    @Test
    void aDeviceThatFailsDuringTheTimingKeepsWhatTheOthersMeasured() throws IOException {
        Path dir = run(List.of("local", "flaky-hw"));
        Path fleet = Files.writeString(tmp.resolve("fleet.yaml"),
                "agents:\n  - name: flaky\n    address: local\n");
        FleetConnector standard = FleetConnector.standard();
        FleetConnector connector = new FleetConnector(e -> e.name().equals("flaky")
                ? new FlakyAgent(e, standard.open(e), "flaky-hw", 1) : standard.open(e));
        Cli r = export(connector, "--run", dir.toString(), "--fleet", fleet.toString(),
                "--untrained");

        assertEquals(1, r.code(), r.out() + r.err());
        List<Path> folders;
        try (var s = Files.list(dir.resolve("export"))) {
            folders = s.sorted().toList();
        }
        assertTrue(folders.size() >= 2, "the test needs a front of 2 or more: " + folders);
        assertTrue(r.err().contains("nas export: device flaky-hw: flaky (local): ProfileModel"
                + " failed: UNAVAILABLE: the agent went away (1 of " + folders.size()
                + " subnets measured there)"), r.err());
        for (int i = 0; i < folders.size(); i++) {
            JsonNode m = ExportRunIT.metrics(folders.get(i));
            assertTrue(m.at("/measured_latency/local/median_ms").asDouble() > 0, m.toString());
            JsonNode flaky = m.at("/measured_latency/flaky-hw");
            if (i == 0) {
                assertTrue(flaky.get("median_ms").asDouble() > 0, m.toString());
                assertTrue(m.at("/latency_error/flaky-hw").isObject(), m.toString());
            } else {
                assertFalse(flaky.has("median_ms"), m.toString());
                assertTrue(flaky.get("error").asText().startsWith(i == 1 ? "flaky (local):"
                        : "not measured: device flaky-hw: "), m.toString());
                assertFalse(m.at("/latency_error").has("flaky-hw"), m.toString());
            }
        }
        String report = Files.readString(dir.resolve("report.html"));
        assertTrue(report.contains("Predicted vs measured latency"), "the report keeps what was"
                + " measured");
        assertTrue(r.out().contains("failed"), r.out());
        assertTrue(r.out().contains("local: predicted vs measured over " + folders.size()
                + " subnet(s): mean |error| "), r.out());
        assertTrue(r.out().contains("flaky-hw: predicted vs measured over 1 subnet(s): "),
                r.out());
    }
}
