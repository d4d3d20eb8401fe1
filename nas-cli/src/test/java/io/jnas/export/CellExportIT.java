package io.jnas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import ai.djl.ndarray.types.DataType;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import io.jnas.cell.CellNetwork;
import io.jnas.cell.CellSpace;
import io.jnas.cost.CellCost;
import io.jnas.fleet.FleetConnector;
import io.jnas.model.CellModelBuilder;
import io.jnas.model.DjlRuntime;
import io.jnas.recorded.RecordedTables;
import io.jnas.recorded.TableAccuracy;
import io.jnas.recorded.TestTables;
import io.jnas.run.RunListener;
import io.jnas.run.SearchRun;
import io.jnas.run.TestRuns;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small real search over a NAS-Bench-201 cell space (scored and predicted by recorded tables,
 * device {@code local}), exported with the real in-process agent timing each cell network end
 * to end: the files hold the cell network, its DJL parameters and an ONNX file that computes
 * what those parameters compute, and metrics.json holds CellCost's and the graph's counts and
 * the measured latency with its protocol.
 */
class CellExportIT {

    @TempDir
    Path tmp;

    @Test
    void aCellRunIsExportedAndEachCellNetworkTimedOnTheLocalAgent() throws Exception {
        DjlRuntime.configure(1);
        Path space = TestTables.space(tmp);
        CellSpace s = CellSpace.load(space);
        // the test latency table's first device column, renamed to the device an agent serves
        Path latency = TestTables.write(tmp.resolve("local.csv"), Files.readString(
                TestTables.latency(tmp, s)).replace("arch,fast,slow", "arch,local,slow"));
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("space", space.toString());
        keys.put("strategy", "random");
        keys.put("evaluations", 12);
        keys.put("seed", 4);
        keys.put("evaluator", "table");
        keys.put("evaluator-options", Map.of("file", TestTables.accuracy(tmp, s, 3).toString(),
                "column", "valid"));
        keys.put("devices", List.of("local"));
        keys.put("predictor", "recorded");
        keys.put("recorded-latency", latency.toString());
        RecordedTables tables = new RecordedTables();
        Path runDir = tmp.resolve("run");
        new SearchRun((name, options) -> TableAccuracy.open(tables, options), TestRuns.NO_TABLES,
                RunListener.NONE, tables).start(TestRuns.config(keys), runDir);

        StringWriter progress = new StringWriter();
        ExportRun.Options d = ExportRun.Options.defaults();
        ExportRun.Result r = new ExportRun(FleetConnector.standard(), new PrintWriter(progress))
                .export(runDir, new ExportRun.Options(Optional.empty(), 2,
                        ExportTraining.untrained(), true, d.fleet(), d.settings()));

        assertEquals(List.of(), r.failures());
        assertEquals(2, r.subnets().size());
        for (ExportedSubnet sub : r.subnets()) {
            CellNetwork n = (CellNetwork) sub.evaluation().design();
            assertEquals(n, CellNetwork.fromJson(Files.readString(sub.folder()
                    .resolve(SubnetFiles.ARCHITECTURE_FILE))));
            JsonNode m = ExportRunIT.metrics(sub.folder());
            assertEquals(CellCost.of(n).params(), m.get("params").asLong());
            assertEquals(CellCost.of(n).flops(), m.get("flops").asLong());
            assertEquals(CellCost.of(n).params(), m.at("/onnx/params").asLong());
            assertEquals(CellCost.of(n).flops(), m.at("/onnx/flops").asLong());
            assertEquals("CellCost", m.at("/onnx/static_count").asText());
            assertTrue(m.at("/weights/format").asText().contains("CellModelBuilder.build("),
                    m.toString());
            JsonNode local = m.at("/measured_latency/local");
            assertTrue(local.get("median_ms").asDouble() > 0, local.toString());
            assertEquals("pytorch", local.at("/protocol/engine").asText());
            assertTrue(m.at("/latency_error/local/predicted_ms").asDouble() > 0);
            // a table names no data set: untrained, inputs only scaled to [0, 1]
            assertEquals("UNTRAINED", m.at("/training/note").asText().substring(0, 9));
            assertEquals("[0.0,0.0,0.0]", m.at("/input/mean").toString());
            assertEquals("[1.0,1.0,1.0]", m.at("/input/std").toString());
            assertOnnxComputesWhatTheSavedParametersCompute(sub.folder(), n);
        }
        assertTrue(progress.toString().contains("measured 01-" + r.subnets().get(0).hash()
                + " on local: "), progress.toString());
    }

    /**
     * ONNX Runtime on model.onnx against DJL on the parameters loaded back from the folder, both
     * fed the same raw uint8 pixels.
     */
    private static void assertOnnxComputesWhatTheSavedParametersCompute(Path folder,
            CellNetwork n) throws Exception {
        var shape = CellModelBuilder.inputShape(n, 2);
        byte[] x = new byte[Math.toIntExact(shape.size())];
        new Random(5).nextBytes(x);
        float[] expected;
        try (Model model = SubnetFiles.load(folder); NDManager m = model.getNDManager()
                .newSubManager()) {
            NDArray in = m.create(ByteBuffer.wrap(x), shape, DataType.UINT8);
            expected = model.getBlock().forward(new ParameterStore(m, false), new NDList(in),
                    false).singletonOrThrow().toFloatArray();
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(folder.resolve(OnnxFile.FILE).toString());
                OnnxTensor t = OnnxTensor.createTensor(env, ByteBuffer.wrap(x), shape.getShape(),
                        OnnxJavaType.UINT8);
                OrtSession.Result res = session.run(Map.of("input", t))) {
            FloatBuffer out = ((OnnxTensor) res.get("logits").orElseThrow()).getFloatBuffer();
            float[] actual = new float[out.remaining()];
            out.get(actual);
            assertEquals(expected.length, actual.length);
            double scale = 1;
            double err = 0;
            for (int i = 0; i < expected.length; i++) {
                scale = Math.max(scale, Math.abs(expected[i]));
                err = Math.max(err, Math.abs(expected[i] - actual[i]));
            }
            assertTrue(err / scale <= 1e-4, folder + ": ONNX Runtime vs DJL error " + err / scale);
        }
    }
}
