package io.jnas.export;

import io.jnas.data.TestData;
import io.jnas.evaluators.Evaluators;
import io.jnas.run.RunConfigReader;
import io.jnas.run.RunListener;
import io.jnas.run.SearchRun;
import io.jnas.run.TestRuns;
import io.jnas.search.Spaces;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small real runs to export: mnist-small, the real SynFlow evaluator (DJL), latency predicted by
 * a FLOPs line per device (no lookup table is needed on the test machine), and evaluator options
 * that point a fine-tune at the repository's MNIST subset.
 */
final class TestExports {

    private TestExports() {
    }

    /** Keys of a run over the given devices, each predicted by a FLOPs line. */
    static Map<String, Object> keys(int evaluations, List<String> devices) {
        return keys(evaluations, devices, TestData.dir());
    }

    /** As above, with the MNIST files of {@code dataDir}. */
    static Map<String, Object> keys(int evaluations, List<String> devices, Path dataDir) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("space", Spaces.file("mnist-small").toString());
        m.put("strategy", "nsga2");
        m.put("fitness", "pareto");
        m.put("evaluations", evaluations);
        m.put("population", 8);
        m.put("seed", 3);
        m.put("evaluator", "synflow");
        m.put("evaluator-options", Map.of("data-set", "mnist", "data-dir",
                dataDir.toString(), "train-samples", "256", "val-samples", "128",
                "batch", "32"));
        m.put("devices", devices);
        m.put("predictor", "flops");
        Map<String, Object> coefficients = new LinkedHashMap<>();
        devices.forEach(d -> coefficients.put(d, Map.of("ms-per-mmac", 0.2, "offset-ms", 0.4)));
        m.put("flops-coefficients", coefficients);
        return m;
    }

    /** Runs a real search into {@code dir}. */
    static Path search(Path dir, int evaluations, List<String> devices) {
        return search(dir, evaluations, devices, TestData.dir());
    }

    /** As above, on the MNIST files of {@code dataDir}. */
    static Path search(Path dir, int evaluations, List<String> devices, Path dataDir) {
        new SearchRun(new Evaluators(), TestRuns.NO_TABLES, RunListener.NONE).start(
                RunConfigReader.of(List.of(RunConfigReader.Layer.flags(keys(evaluations,
                        devices, dataDir)))), dir);
        return dir;
    }
}
