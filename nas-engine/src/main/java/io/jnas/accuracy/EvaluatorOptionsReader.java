package io.jnas.accuracy;

import io.jnas.arch.InputShape;
import io.jnas.data.DataLocations;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@link EvaluatorOptions} from the string map of a run config's
 * {@code evaluator-options} (or flags), starting from the defaults.
 *
 * <pre>{@code
 * evaluator-options: {data-set: fashion-mnist, epochs: 2, train-samples: 2000, val-samples: 1000}
 * }</pre>
 */
public final class EvaluatorOptionsReader {

    /** Every key it accepts. */
    public static final List<String> KEYS = List.of("data-set", "data-dir", "download", "epochs",
            "steps", "batch", "train-samples", "val-samples", "lr", "optimizer", "seed",
            "median-stopping", "proxy-batch", "resize", "verify");

    private EvaluatorOptionsReader() {
    }

    /**
     * @param input the space's input shape, used when {@code resize: true}
     * @throws IllegalArgumentException naming the key and what was expected
     */
    public static EvaluatorOptions read(Map<String, String> m, InputShape input) {
        for (String k : m.keySet()) {
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException("evaluator-options." + k + " is not a known key;"
                        + " expected one of " + String.join(", ", KEYS));
            }
        }
        EvaluatorOptions d = EvaluatorOptions.defaults();
        TrainSettings t = d.train();
        int epochs = integer(m, "epochs", t.epochs());
        int steps = integer(m, "steps", t.steps());
        int batch = integer(m, "batch", t.batchSize());
        int trainSamples = integer(m, "train-samples", t.trainSamples());
        int valSamples = integer(m, "val-samples", t.validationSamples());
        float lr = (float) number(m, "lr", t.learningRate());
        TrainSettings.OptimizerKind opt = t.optimizer();
        if (m.containsKey("optimizer")) {
            try {
                opt = TrainSettings.OptimizerKind.valueOf(m.get("optimizer").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("evaluator-options.optimizer must be adam or sgd,"
                        + " but was '" + m.get("optimizer") + "'");
            }
        }
        long seed = integer(m, "seed", (int) t.seed());
        boolean median = bool(m, "median-stopping", t.medianStopping());
        TrainSettings settings = new TrainSettings(epochs, steps, batch, trainSamples, valSamples, lr,
                opt, seed, median, t.medianMinCandidates());
        boolean download = bool(m, "download", true);
        Path dir = m.containsKey("data-dir") ? Path.of(m.get("data-dir")) : null;
        DataLocations where = DataLocations.fromEnvironment(dir, download);
        boolean resize = bool(m, "resize", false);
        if (resize && input == null) {
            throw new IllegalArgumentException("evaluator-options.resize needs the space's input"
                    + " shape, which is not known here");
        }
        return new EvaluatorOptions(m.getOrDefault("data-set", d.dataSet()), where,
                resize ? input : null, settings,
                integer(m, "proxy-batch", d.proxyBatch()), bool(m, "verify", d.verify()));
    }

    private static int integer(Map<String, String> m, String key, int def) {
        String v = m.get(key);
        if (v == null) {
            return def;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("evaluator-options." + key + " must be an integer,"
                    + " but was '" + v + "'");
        }
    }

    private static double number(Map<String, String> m, String key, double def) {
        String v = m.get(key);
        if (v == null) {
            return def;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("evaluator-options." + key + " must be a number,"
                    + " but was '" + v + "'");
        }
    }

    private static boolean bool(Map<String, String> m, String key, boolean def) {
        String v = m.get(key);
        if (v == null) {
            return def;
        }
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException("evaluator-options." + key + " must be true or false,"
                    + " but was '" + v + "'");
        }
        return Boolean.parseBoolean(v);
    }
}
