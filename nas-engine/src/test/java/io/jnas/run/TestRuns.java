package io.jnas.run;

import io.jnas.accuracy.AccuracyEvaluator;
import io.jnas.latency.FlopsPredictor;
import io.jnas.latency.PredictorProvider;
import io.jnas.search.Spaces;
import io.jnas.search.SyntheticAccuracy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Configs and sources for run tests: the synthetic evaluator and FLOPs predictors. */
public final class TestRuns {

    private TestRuns() {
    }

    /** Opens {@code synthetic} with options sleep-ms and crash-after; other names fail. */
    public static final EvaluatorSource EVALUATORS = TestRuns::open;

    /** No lookup tables in these tests: every run uses predictor flops. */
    public static final PredictorProvider NO_TABLES = (device, space) -> {
        throw new IllegalArgumentException("device '" + device + "' has no lookup table");
    };

    static AccuracyEvaluator open(String name, Map<String, String> options) {
        if (!name.equals("synthetic")) {
            throw new IllegalArgumentException("evaluator must be one of synthetic, but was '"
                    + name + "'");
        }
        return new SyntheticAccuracy(Long.parseLong(options.getOrDefault("sleep-ms", "0")),
                Integer.parseInt(options.getOrDefault("crash-after",
                        String.valueOf(Integer.MAX_VALUE))));
    }

    /** Keys of a small, fast run on mnist-small with two devices. */
    public static Map<String, Object> keys(String strategy, int evaluations, long seed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("space", Spaces.file("mnist-small").toString());
        m.put("strategy", strategy);
        m.put("evaluations", evaluations);
        m.put("population", 12);
        m.put("sample-size", 4);
        m.put("mutation", 0.1);
        m.put("seed", seed);
        m.put("evaluator", "synthetic");
        m.put("devices", List.of("local", "edge"));
        m.put("predictor", "flops");
        m.put("flops-coefficients", Map.of(
                "local", Map.of("ms-per-mmac", 0.4, "offset-ms", 0.2),
                "edge", Map.of("ms-per-mmac", 2.5, "offset-ms", 1.0)));
        m.put("checkpoint-every", 5);
        return m;
    }

    public static RunConfig config(Map<String, Object> keys) {
        return RunConfigReader.of(List.of(RunConfigReader.Layer.flags(keys)));
    }

    public static SearchRun runs() {
        return new SearchRun(EVALUATORS, NO_TABLES, RunListener.NONE);
    }

    /** Lines of a run's evaluations.jsonl without wall times (the only field allowed to vary). */
    public static List<String> historyWithoutWallTimes(Path dir) {
        try {
            return Files.readAllLines(dir.resolve("evaluations.jsonl")).stream()
                    .map(l -> l.replaceAll("\"wall_ms\":[-0-9.Ee]+,", "")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
