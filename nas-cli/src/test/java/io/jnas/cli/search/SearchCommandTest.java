package io.jnas.cli.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.run.RunConfig;
import io.jnas.run.RunConfigReader;
import io.jnas.run.Strategy;
import io.jnas.search.Spaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {

    @TempDir
    Path tmp;

    private final String defaultConfig = Spaces.root().resolve("configs/search/default.yaml")
            .toString();
    private final String space = Spaces.file("mnist-small").toString();

    private List<String> args(Path dir, String... more) {
        List<String> a = new ArrayList<>(List.of("--config", defaultConfig, "--space", space,
                "--evaluator", "synthetic", "--predictor", "flops", "--flops",
                "local=0.4:0.2", "--run-dir", dir.toString()));
        a.addAll(List.of(more));
        return a;
    }

    @Test
    void helpListsTheRunOptions() {
        CliRun r = CliRun.search("--help");
        assertEquals(0, r.code());
        for (String flag : List.of("--config", "--resume", "--strategy", "--evals", "--population",
                "--sample-size", "--mutation", "--seed", "--evaluator", "--devices", "--fitness",
                "--target-ms", "--w", "--max-latency", "--max-params", "--max-flops",
                "--max-memory", "--run-dir", "--name")) {
            assertTrue(r.out().contains(flag), flag + " missing from\n" + r.out());
        }
    }

    @Test
    void aRunPrintsTheFrontTheCountsAndWhereTheResultsAre() {
        Path dir = tmp.resolve("demo");
        CliRun r = CliRun.search(args(dir, "--evals", "30", "--max-params", "80k",
                "--progress-every", "10").toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Pareto front on local: "), r.out());
        assertTrue(r.out().contains("30 evaluations in "), r.out());
        // default.yaml adds params as an objective: the front over all of them is printed too
        assertTrue(r.out().contains("Joint Pareto front: ") && r.out().contains("of 30"
                + " evaluations (accuracy up; latency on local, params down; latency ms: local),"
                + " what nas export exports"), r.out());
        assertTrue(r.out().contains("proposals rejected by constraints"), r.out());
        assertTrue(r.out().contains("Stopped: budget of 30 evaluations spent"), r.out());
        assertTrue(r.out().contains("Results: " + dir), r.out());
        assertEquals(3, r.err().lines().filter(l -> l.startsWith("search: ")).count(), r.err());
        assertTrue(r.err().contains("search: 30/30 evaluations | best fitness "), r.err());
        for (String f : List.of("config.yaml", "evaluations.jsonl", "checkpoint.json",
                "pareto.json", "report.html")) {
            assertTrue(Files.exists(dir.resolve(f)), f);
        }
        assertTrue(r.out().contains("report.html        the report"), r.out());
    }

    @Test
    void flagsOverrideTheConfigFileAndLandInConfigYaml() {
        Path dir = tmp.resolve("flags");
        CliRun r = CliRun.search(args(dir, "--evals", "12", "--strategy", "random", "--seed", "42",
                "--target-ms", "1.5", "--name", "flags-run").toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        RunConfig c = RunConfigReader.read(dir.resolve("config.yaml"));
        assertEquals(Strategy.RANDOM, c.strategy());
        assertEquals(42, c.seed());
        assertEquals(1.5, c.targetMs().get("local"));
        assertEquals("flags-run", c.name());
        assertEquals(12, c.population(), "from default.yaml");
    }

    @Test
    void unknownConfigKeysAndBadValuesGetOneMessageAndExitCode2() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "strategy: random\npopulaton: 3\n");
        CliRun r = CliRun.search("--config", bad.toString());
        assertEquals(2, r.code(), "bad input");
        assertTrue(r.err().startsWith("nas search: " + bad + ": key 'populaton' is not known;"
                + " known keys: name, space,"), r.err());
        r = CliRun.search(args(tmp.resolve("x"), "--strategy", "evolution")
                .toArray(String[]::new));
        assertEquals(2, r.code(), "bad input");
        assertEquals("nas search: --strategy must be one of regularized, random, nsga2,"
                + " surrogate, but was 'evolution'", r.err().strip());
        r = CliRun.search("--evals", "many");
        assertEquals(2, r.code(), "usage error");
    }

    @Test
    void placementKeysOfTheRunConfigAreCheckedLikeTheirFlags() throws IOException {
        Path bad = Files.writeString(tmp.resolve("placed.yaml"), "strategy: random\n"
                + "db: jdbc:postgresql://127.0.0.1:1/nas\ndb-password: hunter2\n");
        CliRun r = CliRun.search("--config", bad.toString());
        assertEquals(2, r.code(), "bad input");
        assertEquals("nas search: " + bad + ": db-password must not be in a run config (a"
                + " plain-text file that is copied and shared), but was given: name a file"
                + " holding it with db-password-file, or set NAS_DB_PASSWORD", r.err().strip());
        Files.writeString(bad, "strategy: random\nworkers: 0\n");
        r = CliRun.search("--config", bad.toString());
        assertEquals(2, r.code(), "bad input");
        assertEquals("nas search: " + bad + ": workers must be an integer in [1, 1024], but was"
                + " 0", r.err().strip());
        Files.writeString(bad, "strategy: random\nworkers: 2\n");
        r = CliRun.search("--config", bad.toString(), "--db", "jdbc:postgresql://127.0.0.1:1/x");
        assertEquals(2, r.code(), "bad input");
        assertTrue(r.err().startsWith("nas search: workers starts local workers on an embedded"
                + " database, so it takes no db, but both were given (--workers 2, --db"), r.err());
    }

    @Test
    void resumeTakesNoRunSettingsAndContinuesARun() throws IOException {
        Path dir = tmp.resolve("resumable");
        CliRun crashed = CliRun.search(args(dir, "--evals", "20", "--evaluator-option",
                "crash-after=8").toArray(String[]::new));
        assertEquals(1, crashed.code());
        assertTrue(crashed.err().endsWith("nas search: the run failed: simulated crash before"
                + " evaluation 8; every"
                + " evaluation so far is in " + dir + ", continue with --resume " + dir
                + System.lineSeparator()), crashed.err());
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, Files.readString(config).replace("crash-after: \"8\"",
                "crash-after: \"100\""));
        CliRun refused = CliRun.search("--resume", dir.toString(), "--seed", "3");
        assertEquals(2, refused.code(), "bad input");
        assertEquals("nas search: --resume continues a run with the settings of its config.yaml,"
                + " so it takes no run settings, but got --seed", refused.err().strip());
        CliRun resumed = CliRun.search("--resume", dir.toString());
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.err().startsWith("Resuming " + dir + ": replaying 8 logged"
                + " evaluations"), resumed.err());
        assertTrue(resumed.out().contains("20 evaluations in "), resumed.out());
        assertTrue(resumed.out().contains("(8 replayed from the log)"), resumed.out());
    }

    @Test
    void aMissingLookupTableSaysWhatToDo() {
        CliRun r = CliRun.search("--config", defaultConfig, "--space", space, "--evaluator",
                "synthetic", "--run-dir", tmp.resolve("t").toString());
        assertEquals(2, r.code(), "a device without a table is bad input");
        assertEquals("nas search: device 'local' has no lookup table", r.err().strip());
    }
}
