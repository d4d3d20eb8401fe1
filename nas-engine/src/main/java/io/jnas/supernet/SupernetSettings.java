package io.jnas.supernet;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a supernet is trained and how it scores subnets.
 *
 * <pre>{@code
 * evaluator: supernet
 * evaluator-options: {data-set: fashion-mnist, train-samples: 8000, val-samples: 2000, epochs: 4}
 * }</pre>
 *
 * @param dataSet data set name ({@link io.jnas.data.DataSetCatalog})
 * @param trainSamples training images drawn from the pool (stratified, seeded)
 * @param validationSamples validation images, disjoint from training
 * @param epochs passes over the training images; each step trains the largest, the smallest and
 *     {@code randomSubnets} random subnets on one batch (the sandwich rule)
 * @param batchSize images per step
 * @param learningRate Adam's initial rate, decayed to 0 on a cosine
 * @param randomSubnets random subnets per step besides the largest and the smallest
 * @param distill train every subnet but the largest on the largest's soft labels
 * @param calibrationSamples training images that recalibrate a subnet's BatchNorm statistics
 * @param seed seeds the split, the weights, the batch order and the sampled subnets
 * @param warmupEpochs the first epochs train the largest subnet alone; its expansion channels are
 *     then sorted by importance ({@link ChannelSort}) before the sandwich epochs (once-for-all's
 *     order); 0: the sandwich from the first step
 * @param scoreSamples validation images that score a subnet: all of them, or a fixed seeded
 *     subset (cheaper, noisier scores; the trained weights do not depend on it)
 */
public record SupernetSettings(String dataSet, int trainSamples, int validationSamples,
        int epochs, int batchSize, float learningRate, int randomSubnets, boolean distill,
        int calibrationSamples, long seed, int warmupEpochs, int scoreSamples) {

    /** Every key of {@link #read}. */
    public static final List<String> KEYS = List.of("data-set", "data-dir", "train-samples",
            "val-samples", "epochs", "batch", "lr", "random-subnets", "distill",
            "calibration-samples", "seed", "warmup-epochs", "score-samples", "store");

    public SupernetSettings {
        requireNonNull(dataSet, "dataSet");
        check("trainSamples", trainSamples, 1, 10_000_000);
        check("validationSamples", validationSamples, 1, 10_000_000);
        check("epochs", epochs, 1, 10_000);
        check("batchSize", batchSize, 2, 4096);
        check("randomSubnets", randomSubnets, 0, 64);
        check("calibrationSamples", calibrationSamples, 2, 100_000);
        check("warmupEpochs", warmupEpochs, 0, epochs - 1);
        check("scoreSamples", scoreSamples, 1, validationSamples);
        if (!(learningRate > 0 && learningRate <= 10)) {
            throw new IllegalArgumentException("learningRate must be in (0, 10], but was "
                    + learningRate);
        }
    }

    private static void check(String name, int v, int min, int max) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max
                    + "], but was " + v);
        }
    }

    /** Fashion-MNIST, 8,000 training and 2,000 validation images (fit the 10k embedded subset). */
    public static SupernetSettings defaults() {
        return new SupernetSettings("fashion-mnist", 8000, 2000, 4, 64, 0.001f, 2, true, 512, 1L, 0,
                2000);
    }

    /**
     * Settings from an {@code evaluator-options} map, starting from {@link #defaults()}.
     *
     * @throws IllegalArgumentException naming the key and what was expected
     */
    public static SupernetSettings read(Map<String, String> m) {
        for (String k : m.keySet()) {
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException("evaluator-options." + k + " is not a known key"
                        + " of evaluator 'supernet'; expected one of " + String.join(", ", KEYS));
            }
        }
        SupernetSettings d = defaults();
        String distill = m.getOrDefault("distill", String.valueOf(d.distill()));
        if (!distill.equals("true") && !distill.equals("false")) {
            throw new IllegalArgumentException("evaluator-options.distill must be true or false,"
                    + " but was '" + distill + "'");
        }
        int validation = integer(m, "val-samples", d.validationSamples());
        return new SupernetSettings(m.getOrDefault("data-set", d.dataSet()),
                integer(m, "train-samples", d.trainSamples()),
                validation, integer(m, "epochs", d.epochs()),
                integer(m, "batch", d.batchSize()), (float) number(m, "lr", d.learningRate()),
                integer(m, "random-subnets", d.randomSubnets()), Boolean.parseBoolean(distill),
                integer(m, "calibration-samples", d.calibrationSamples()),
                integer(m, "seed", (int) d.seed()),
                integer(m, "warmup-epochs", d.warmupEpochs()),
                integer(m, "score-samples", validation));
    }

    /**
     * The part of the settings that decides the trained weights, as a folder-name fragment;
     * {@code -cover}: the {@link Sandwich} whose largest and smallest draw every activation and
     * the largest has squeeze-excite (folders without it were trained by the first rule, relu and
     * no SE, and are not reused); {@code -wN}: N warm-up epochs, then sorted channels.
     */
    public String budget() {
        return String.format(Locale.ROOT, "e%d-b%d-r%d-lr%s%s%s-cover", epochs, batchSize,
                randomSubnets, learningRate, distill ? "-kd" : "",
                warmupEpochs > 0 ? "-w" + warmupEpochs : "");
    }

    /**
     * What decides a subnet's score besides the weights, for labels: {@code bn<calibration
     * images>}, and {@code -v<images>} when a subset of the validation images scores.
     */
    public String scoring() {
        return "bn" + calibrationSamples
                + (scoreSamples < validationSamples ? "-v" + scoreSamples : "");
    }

    /** Steps that train the largest subnet alone, before the sandwich. */
    public int warmupSteps() {
        return warmupEpochs * stepsPerEpoch();
    }

    /** Optimizer steps of the whole training (the last batch of an epoch may be partial). */
    public int totalSteps() {
        return epochs * stepsPerEpoch();
    }

    public int stepsPerEpoch() {
        return (trainSamples + batchSize - 1) / batchSize;
    }

    public SupernetSettings withEpochs(int e) {
        return new SupernetSettings(dataSet, trainSamples, validationSamples, e, batchSize,
                learningRate, randomSubnets, distill, calibrationSamples, seed, warmupEpochs,
                scoreSamples);
    }

    private static int integer(Map<String, String> m, String key, int def) {
        String v = m.get(key);
        try {
            return v == null ? def : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("evaluator-options." + key + " must be an integer,"
                    + " but was '" + v + "'");
        }
    }

    private static double number(Map<String, String> m, String key, double def) {
        String v = m.get(key);
        try {
            return v == null ? def : Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("evaluator-options." + key + " must be a number,"
                    + " but was '" + v + "'");
        }
    }
}
