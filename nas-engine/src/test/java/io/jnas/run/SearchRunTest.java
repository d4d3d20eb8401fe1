package io.jnas.run;

import static io.jnas.run.TestRuns.config;
import static io.jnas.run.TestRuns.historyWithoutWallTimes;
import static io.jnas.run.TestRuns.keys;
import static io.jnas.run.TestRuns.read;
import static io.jnas.run.TestRuns.runs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.search.Evaluation;
import io.jnas.search.SyntheticAccuracy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchRunTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"regularized", "random", "nsga2", "surrogate"})
    void sameSeedAndConfigGiveTheSameHistoryEvaluationByEvaluation(String strategy) {
        Path a = tmp.resolve("a/run");
        Path b = tmp.resolve("b/run");
        RunResult ra = runs().start(config(keys(strategy, 40, 7)), a);
        runs().start(config(keys(strategy, 40, 7)), b);
        assertEquals(40, ra.history().size());
        assertEquals(historyWithoutWallTimes(a), historyWithoutWallTimes(b));
        assertEquals(read(a.resolve("pareto.json")), read(b.resolve("pareto.json")));
        assertEquals(read(a.resolve("checkpoint.json")), read(b.resolve("checkpoint.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"regularized", "random", "nsga2", "surrogate"})
    void anotherSeedGivesAnotherHistory(String strategy) {
        runs().start(config(keys(strategy, 20, 1)), tmp.resolve("s1"));
        runs().start(config(keys(strategy, 20, 2)), tmp.resolve("s2"));
        assertNotEquals(historyWithoutWallTimes(tmp.resolve("s1")),
                historyWithoutWallTimes(tmp.resolve("s2")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"regularized", "random", "nsga2", "surrogate"})
    void resumeAfterACrashEndsLikeAnUninterruptedRun(String strategy) throws IOException {
        Path whole = tmp.resolve("whole/run");
        Path crashed = tmp.resolve("crashed/run");
        runs().start(config(keys(strategy, 45, 3)), whole);
        Map<String, Object> crashing = keys(strategy, 45, 3);
        crashing.put("evaluator-options", Map.of("crash-after", 23));
        assertThrows(SyntheticAccuracy.SimulatedCrash.class,
                () -> runs().start(config(crashing), crashed));
        assertEquals(23, Files.readAllLines(crashed.resolve("evaluations.jsonl")).size());
        // a kill while writing leaves a cut-short line: it is dropped on resume
        Files.writeString(crashed.resolve("evaluations.jsonl"), "{\"index\":23,\"st",
                java.nio.file.StandardOpenOption.APPEND);
        // the crashed run's config asks for crashes; resume it with a healthy evaluator
        Path config = crashed.resolve("config.yaml");
        Files.writeString(config, read(config).replace("crash-after: \"23\"", "crash-after: \"999\""));

        RunResult resumed = runs().resume(crashed);

        assertEquals(23, resumed.replayed());
        assertEquals(22, resumed.evaluatedNow());
        assertEquals(historyWithoutWallTimes(whole), historyWithoutWallTimes(crashed));
        assertEquals(read(whole.resolve("pareto.json")), read(crashed.resolve("pareto.json")));
        assertEquals(read(whole.resolve("checkpoint.json")),
                read(crashed.resolve("checkpoint.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"regularized", "nsga2", "surrogate"})
    void aFinishedRunWithARaisedBudgetContinuesLikeALongerRun(String strategy)
            throws IOException {
        Path longer = tmp.resolve("longer/run");
        Path extended = tmp.resolve("extended/run");
        runs().start(config(keys(strategy, 50, 8)), longer);
        runs().start(config(keys(strategy, 30, 8)), extended);
        Path config = extended.resolve("config.yaml");
        Files.writeString(config, read(config).replace("evaluations: 30", "evaluations: 50"));
        RunResult r = runs().resume(extended);
        assertEquals(30, r.replayed());
        assertEquals(historyWithoutWallTimes(longer), historyWithoutWallTimes(extended));
        assertEquals(read(longer.resolve("pareto.json")), read(extended.resolve("pareto.json")));
    }

    @Test
    void resumingAFinishedRunReplaysItWithoutOpeningTheEvaluator() {
        Path dir = tmp.resolve("done");
        RunResult first = runs().start(config(keys("regularized", 30, 5)), dir);
        SearchRun noEvaluator = new SearchRun((n, o) -> {
            throw new AssertionError("evaluator opened");
        }, TestRuns.NO_TABLES, RunListener.NONE);
        RunResult again = noEvaluator.resume(dir);
        assertEquals(30, again.replayed());
        assertEquals(first.history(), again.history());
        assertEquals(first.fronts(), again.fronts());
    }

    @Test
    void resumeWithAnotherSeedIsRefusedWithAClearMessage() throws IOException {
        Path dir = tmp.resolve("run");
        Map<String, Object> crashing = keys("regularized", 30, 5);
        crashing.put("evaluator-options", Map.of("crash-after", 20));
        assertThrows(SyntheticAccuracy.SimulatedCrash.class,
                () -> runs().start(config(crashing), dir));
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, read(config).replace("seed: 5", "seed: 6")
                .replace("crash-after: \"20\"", "crash-after: \"999\""));
        ResumeMismatch e = assertThrows(ResumeMismatch.class, () -> runs().resume(dir));
        assertTrue(e.getMessage().contains("evaluations.jsonl entry 0 is architecture "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("the log was made with another config, seed or code"
                + " version; start a new run instead of resuming this one"), e.getMessage());
    }

    @Test
    void aNewRunRefusesADirectoryThatHoldsARun() {
        Path dir = tmp.resolve("run");
        runs().start(config(keys("random", 3, 1)), dir);
        RunConfigException e = assertThrows(RunConfigException.class,
                () -> runs().start(config(keys("random", 3, 1)), dir));
        assertEquals("run directory " + dir + " already holds a run; resume it with --resume "
                + dir + " or choose another --name", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"regularized", "random", "nsga2", "surrogate"})
    void constraintsHoldForEveryEvaluationAndRejectionsAreCounted(String strategy) {
        Map<String, Object> k = keys(strategy, 30, 11);
        k.put("max-params", "60k");
        k.put("max-latency-ms", Map.of("edge", 12.0));
        RunResult r = runs().start(config(k), tmp.resolve("c"));
        assertEquals(30, r.history().size());
        for (Evaluation e : r.history()) {
            assertTrue(e.params() <= 60_000, e.hash() + " has " + e.params() + " params");
            assertTrue(e.latencyMs("edge") <= 12.0, e.hash() + " " + e.latencyMs());
        }
        assertTrue(r.counters().rejected() > 0, r.counters().toString());
        assertTrue(r.counters().repaired() > 0, r.counters().toString());
        assertTrue(r.counters().repaired() <= r.counters().rejected(), r.counters().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"regularized", "random", "nsga2", "surrogate"})
    void noArchitectureIsEvaluatedTwice(String strategy) {
        RunResult r = runs().start(config(keys(strategy, 80, 4)), tmp.resolve("d"));
        assertEquals(80, r.history().stream().map(Evaluation::hash).collect(
                Collectors.toSet()).size());
        List<Integer> indices = r.history().stream().map(Evaluation::index).toList();
        assertEquals(java.util.stream.IntStream.range(0, 80).boxed().toList(), indices);
    }

    @Test
    void agingEvolutionKeepsTheMostRecentMembersNotTheBest() {
        RunResult r = runs().start(config(keys("regularized", 50, 9)), tmp.resolve("age"));
        Checkpoint c = Checkpoint.read(r.directory().checkpoint()).orElseThrow();
        List<String> lastTwelve = r.history().subList(38, 50).stream().map(Evaluation::hash)
                .toList();
        assertEquals(lastTwelve, c.population());
        assertTrue(c.finished());
    }

    @Test
    void anExhaustedSpaceEndsTheRunWithAReason() throws IOException {
        Path space = tmp.resolve("tiny.yaml");
        Files.writeString(space, """
                name: tiny
                input: {channels: 1, height: 8, width: 8}
                classes: 2
                stem: {channels: 4, kernel: 3, stride: 1, activation: relu}
                stages:
                  - {depth: [1], channels: [4, 8], stride: 1, kernel: [3], expand: [1],
                     activation: [relu]}
                head: {channels: 8, activation: relu}
                """);
        Map<String, Object> k = keys("regularized", 10, 1);
        k.put("space", space.toString());
        k.put("population", 4);
        k.put("sample-size", 2);
        k.put("max-proposals", 50);
        RunResult r = runs().start(config(k), tmp.resolve("tiny"));
        assertEquals(2, r.history().size());
        assertTrue(r.stopReason().startsWith("no new architecture within the constraints in 50"
                + " proposals (max-proposals)"), r.stopReason());
        assertEquals(2, new HashSet<>(r.history().stream().map(Evaluation::hash).toList()).size());
    }

    @Test
    void theResolvedConfigIsWrittenAndReadsBackEqual() {
        Path dir = tmp.resolve("cfg");
        RunResult r = runs().start(config(keys("nsga2", 4, 1)), dir);
        RunConfig written = RunConfigReader.read(dir.resolve("config.yaml"));
        assertEquals(r.config(), written);
        assertEquals("cfg", written.name());
        assertEquals(List.of("local", "edge"), List.copyOf(written.targetMs().keySet()),
                "targets default to the centroid's latency on each device");
        assertTrue(written.spaceHash() != null);
    }
}
