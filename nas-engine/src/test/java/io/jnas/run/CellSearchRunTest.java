package io.jnas.run;

import static io.jnas.run.TestRuns.historyWithoutWallTimes;
import static io.jnas.run.TestRuns.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.cell.CellNetwork;
import io.jnas.cell.CellSpace;
import io.jnas.cost.CellCost;
import io.jnas.export.ExportRun;
import io.jnas.export.ExportTraining;
import io.jnas.fleet.FleetConnector;
import io.jnas.recorded.RecordedTables;
import io.jnas.recorded.TableAccuracy;
import io.jnas.recorded.TestTables;
import io.jnas.search.Evaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A search over a NAS-Bench-201 cell space, scored and timed by recorded tables. */
class CellSearchRunTest {

    @TempDir
    Path tmp;
    Map<String, Object> keys = new LinkedHashMap<>();
    RecordedTables tables = new RecordedTables();

    @BeforeEach
    void tables() {
        Path space = TestTables.space(tmp);
        CellSpace s = CellSpace.load(space);
        keys.put("space", space.toString());
        keys.put("evaluations", 40);
        keys.put("population", 10);
        keys.put("sample-size", 3);
        keys.put("mutation", 0.1);
        keys.put("seed", 4);
        keys.put("evaluator", "table");
        keys.put("evaluator-options", Map.of("file",
                TestTables.accuracy(tmp, s, 3).toString(), "column", "valid"));
        keys.put("devices", List.of("fast", "slow"));
        keys.put("predictor", "recorded");
        keys.put("recorded-latency", TestTables.latency(tmp, s).toString());
        keys.put("max-latency-ms", Map.of("slow", 7.0));
        keys.put("checkpoint-every", 7);
    }

    private SearchRun runs() {
        return new SearchRun((name, options) -> TableAccuracy.open(tables, options),
                TestRuns.NO_TABLES, RunListener.NONE, tables);
    }

    private RunConfig config(String strategy, int evaluations) {
        Map<String, Object> k = new LinkedHashMap<>(keys);
        k.put("strategy", strategy);
        k.put("evaluations", evaluations);
        return TestRuns.config(k);
    }

    @ParameterizedTest
    @ValueSource(strings = {"regularized", "random", "nsga2", "surrogate"})
    void aRunEvaluatesCellsWithinTheLatencyLimitAndResumesByReplay(String strategy)
            throws IOException {
        RunResult whole = runs().start(config(strategy, 40), tmp.resolve("whole/run"));
        assertEquals(40, whole.history().size());
        for (Evaluation e : whole.history()) {
            CellNetwork n = assertInstanceOf(CellNetwork.class, e.design());
            assertTrue(e.latencyMs("slow") <= 7.0, n.notation());
            assertEquals(e.hash(), n.hash());
        }
        assertTrue(whole.counters().rejected() > 0, "the limit rejects some proposals");
        assertTrue(read(tmp.resolve("whole/run/config.yaml")).contains("recorded-latency: "));
        assertTrue(read(tmp.resolve("whole/run/pareto.json")).contains("\"cell\" : \"|"));

        Path extended = tmp.resolve("extended/run");
        runs().start(config(strategy, 25), extended);
        Path config = extended.resolve("config.yaml");
        Files.writeString(config, read(config).replace("evaluations: 25", "evaluations: 40"));
        RunResult r = runs().resume(extended);
        assertEquals(25, r.replayed());
        assertEquals(historyWithoutWallTimes(tmp.resolve("whole/run")),
                historyWithoutWallTimes(extended));
        assertEquals(read(tmp.resolve("whole/run/pareto.json")), read(extended.resolve("pareto.json")));
    }

    @Test
    void aFinishedCellRunIsReadBackExportedAndFinetunedOnTheDataSetGiven() throws IOException {
        Path dir = tmp.resolve("finished");
        runs().start(config("random", 12), dir);
        FinishedRun f = FinishedRun.load(dir);
        assertEquals(12, f.history().size());
        assertInstanceOf(CellNetwork.class, f.history().get(0).design());
        ExportRun export = new ExportRun(FleetConnector.standard(),
                new PrintWriter(Writer.nullWriter()));
        ExportRun.Options d = ExportRun.Options.defaults();

        // a recorded table names no training data: the export must be told what to train on
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                export.export(dir, new ExportRun.Options(Optional.empty(), 2,
                        ExportTraining.defaults(), false, d.fleet(), d.settings())));
        assertEquals("nas export of a run scored from a recorded table (evaluator 'table') needs"
                + " --data-set NAME to train on (or --untrained): the table holds no training"
                + " data (e.g. cifar10 for the NAS-Bench-201 skeleton's 3x32x32 input)",
                e.getMessage());
        assertTrue(!Files.exists(dir.resolve("export")), "nothing written");

        // cell networks train for real: one epoch of 128 CIFAR-10 images, tested on others
        ExportRun.Result tuned = export.export(dir, new ExportRun.Options(Optional.empty(), 1,
                ExportTraining.defaults().withBudget(1, 128).withDataSet("cifar10"), false,
                d.fleet(), d.settings()));
        String m = read(tuned.subnets().get(0).folder().resolve("metrics.json"));
        assertTrue(m.contains("\"data_set\" : \"cifar10\""), m);
        assertTrue(m.contains("\"trained\" : true"), m);
        assertTrue(m.contains("\"classes\" : [ \"airplane\", \"automobile\", \"bird\""), m);
        assertTrue(tuned.subnets().get(0).written().training().orElseThrow().result().steps() > 0,
                m);
        assertEquals(3, tuned.subnets().get(0).written().standardization().channels());
        assertTrue(tuned.subnets().get(0).written().testAccuracy().isPresent(), m);

        // the devices of this run are columns of a recorded table, served by no agent
        ExportRun.Result r = export.export(dir, new ExportRun.Options(Optional.empty(), 2,
                ExportTraining.untrained(), false, d.fleet(), d.settings()));
        assertEquals(2, r.subnets().size());
        for (var s : r.subnets()) {
            CellNetwork n = (CellNetwork) s.evaluation().design();
            assertEquals(n, CellNetwork.fromJson(read(s.folder().resolve("architecture.json"))));
            assertTrue(Files.size(s.folder().resolve("model.onnx")) > 0);
            assertTrue(Files.exists(s.folder().resolve("model-0000.params")));
            String metrics = read(s.folder().resolve("metrics.json"));
            assertTrue(metrics.contains("\"params\" : " + CellCost.of(n).params() + ","),
                    metrics);
            assertTrue(metrics.contains("\"static_count\" : \"CellCost\""), metrics);
            assertTrue(metrics.contains("\"params_match_static_count\" : true"), metrics);
            assertTrue(metrics.contains("\"macs_match_static_count\" : true"), metrics);
        }
    }

    @Test
    void blockListPredictorsAndEvaluatorsAreRefusedOnACellSpace() {
        Map<String, Object> k = new LinkedHashMap<>(keys);
        k.put("predictor", "flops");
        k.put("flops-coefficients", Map.of("fast", Map.of("ms-per-mmac", 1, "offset-ms", 0),
                "slow", Map.of("ms-per-mmac", 1, "offset-ms", 0)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> runs().start(TestRuns.config(k), tmp.resolve("flops")));
        assertEquals("predictor flops predicts block-list architectures, but space 'nb201-test'"
                + " is a cell space: use predictor recorded (with recorded-latency: <csv>)",
                e.getMessage());
        SearchRun synthetic = new SearchRun(TestRuns.EVALUATORS, TestRuns.NO_TABLES,
                RunListener.NONE, tables);
        Map<String, Object> s = new LinkedHashMap<>(keys);
        s.put("evaluator", "synthetic");
        s.put("evaluator-options", Map.of());
        e = assertThrows(IllegalArgumentException.class,
                () -> synthetic.start(TestRuns.config(s), tmp.resolve("synthetic")));
        assertEquals("evaluator 'synthetic' scores block-list architectures, not CellNetwork"
                + " designs; for a cell space use evaluator 'train', 'synflow' or 'table' (a recorded"
                + " table)",
                e.getMessage());
    }

    @Test
    void recordedPredictorNeedsItsTable() {
        Map<String, Object> k = new LinkedHashMap<>(keys);
        k.remove("recorded-latency");
        RunConfigException e = assertThrows(RunConfigException.class, () -> TestRuns.config(k));
        assertTrue(e.getMessage().endsWith(" is recorded, so recorded-latency must name the CSV"
                + " of recorded latencies, but was missing"), e.getMessage());
    }
}
