package io.jnas.latency;

import io.jnas.arch.OpKey;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Maps a network's table figures to end-to-end latency: {@code e2e = sum_j w_j x feature_j} over
 * named {@link BlockFeatures} (the legacy set {@code sum-blocks}:
 * {@code e2e = slope x sum + perBlockMs x blocks + interceptMs}), with the band
 * {@code [bandLow x e2e, bandHigh x e2e]} that held the middle 80% of held-out calibration nets.
 *
 * <p>Why more than the sum: an agent times each block alone, so every table entry pays the
 * per-call overhead that an end-to-end call pays once, and a block runs differently after its
 * predecessor than alone (the chain effect); how much differs by kind of block (stage, SE,
 * activation), so the richer sets give each kind its own factor. The fit is robust
 * ({@link HuberFit} on relative errors), so one network caught by a load burst does not tilt it.
 *
 * <p>End-to-end figures come from the ratio protocol: ratio to a reference network times the
 * reference's level when the calibration was measured ({@code referenceMs}, {@code referenceHash}).
 *
 * <pre>{@code
 * Calibration c = CalibrationFit.fit(samples, "stages-se");
 * double e2e = c.apply(architecture.opKeys(), table::medianMs);
 * }</pre>
 *
 * @param features names of the features, {@link BlockFeatures#NAMES}
 * @param weights one weight per feature
 * @param bandLow p10 of measured / predicted on held-out calibration nets
 * @param bandHigh p90 of measured / predicted on held-out calibration nets
 * @param referenceHash the reference network of the ratio protocol, or empty
 * @param referenceMs the reference's median latency in the calibration run, or NaN
 */
public record Calibration(List<String> features, double[] weights, int samples, double r2,
        Instant fitted, double bandLow, double bandHigh, String referenceHash, double referenceMs) {

    /** The legacy feature set: table sum, block count, intercept. */
    public static final String LEGACY = "sum-blocks";

    /** One calibration architecture: all its {@link BlockFeatures} and its measured latency. */
    public record Sample(double[] all, double measuredMs) {

        /** A sample known only by its table sum and block count (legacy set). */
        public Sample(double sumMs, int blocks, double measuredMs) {
            this(legacy(sumMs, blocks), measuredMs);
        }

        public double sumMs() {
            return all[BlockFeatures.index("table_sum")];
        }

        public int blocks() {
            return (int) all[BlockFeatures.index("blocks")];
        }
    }

    public Calibration {
        features = List.copyOf(features);
        weights = weights.clone();
        if (features.size() != weights.length) {
            throw new IllegalArgumentException("calibration must have one weight per feature, but"
                    + " had " + weights.length + " for " + features);
        }
        features.forEach(BlockFeatures::index);
        Objects.requireNonNull(fitted, "fitted");
        Objects.requireNonNull(referenceHash, "referenceHash");
    }

    /** A legacy calibration with no band and no reference. */
    public Calibration(double slope, double perBlockMs, double interceptMs, int samples, double r2,
            Instant fitted) {
        this(BlockFeatures.set(LEGACY), new double[] {interceptMs, slope, perBlockMs}, samples, r2,
                fitted, 1, 1, "", Double.NaN);
    }

    /** No correction: the raw table sum. */
    public static Calibration identity() {
        return new Calibration(1, 0, 0, 0, Double.NaN, Instant.EPOCH);
    }

    /** The name of the feature set, or "custom". */
    public String featureSet() {
        return BlockFeatures.SETS.entrySet().stream().filter(e -> e.getValue().equals(features))
                .map(java.util.Map.Entry::getKey).findFirst().orElse("custom");
    }

    /** The formula in one line, e.g. {@code e2e = 0.7866 x table_sum +0.0102 x blocks -0.1009}. */
    public String describe() {
        StringBuilder sb = new StringBuilder("e2e =");
        for (int j = 0; j < weights.length; j++) {
            String f = features.get(j);
            sb.append(String.format(java.util.Locale.ROOT, j == 0 ? " %.4f" : " %+.4f", weights[j]));
            if (!f.equals("intercept")) {
                sb.append(" x ").append(f);
            }
        }
        return sb.toString();
    }

    /** The weight of a feature, 0 when the calibration does not use it. */
    public double weight(String feature) {
        int i = features.indexOf(feature);
        return i < 0 ? 0 : weights[i];
    }

    public double slope() {
        return weight("table_sum");
    }

    public double perBlockMs() {
        return weight("blocks");
    }

    public double interceptMs() {
        return weight("intercept");
    }

    /** The prediction from all features of a network ({@link BlockFeatures#all}). */
    public double apply(double[] all) {
        // the intercept is added last, so a legacy calibration gives the same double as the
        // former formula slope x sum + per-block x blocks + intercept (the main job's history)
        double v = 0;
        double intercept = 0;
        for (int j = 0; j < weights.length; j++) {
            int i = BlockFeatures.index(features.get(j));
            if (i == 0) {
                intercept += weights[j] * all[0];
            } else {
                v += weights[j] * all[i];
            }
        }
        return v + intercept;
    }

    /** The prediction of a network from its block keys and the table's medians. */
    public double apply(List<OpKey> keys, ToDoubleFunction<OpKey> medianMs) {
        return apply(BlockFeatures.all(keys, medianMs));
    }

    /**
     * The prediction from table sum and block count alone.
     *
     * @throws IllegalStateException when this calibration uses other features
     */
    public double apply(double sumMs, int blocks) {
        if (!BlockFeatures.set(LEGACY).containsAll(features)) {
            throw new IllegalStateException("a calibration on " + features + " needs the block"
                    + " keys, not only the table sum and the block count");
        }
        return apply(legacy(sumMs, blocks));
    }

    /** The central prediction with its p10/p90 band. */
    public PredictionBand band(double[] all) {
        double ms = apply(all);
        return new PredictionBand(bandLow * ms, ms, bandHigh * ms);
    }

    /** The central prediction with its p10/p90 band, from table sum and block count. */
    public PredictionBand band(double sumMs, int blocks) {
        return band(legacy(sumMs, blocks));
    }

    /** This calibration tied to the reference network of the run that measured it. */
    public Calibration withReference(String hash, double ms) {
        return new Calibration(features, weights, samples, r2, fitted, bandLow, bandHigh, hash, ms);
    }

    /** Robust fit of the legacy set ({@link CalibrationFit#fit(List, String)}). */
    public static Calibration fit(List<Sample> samples) {
        return CalibrationFit.fit(samples, LEGACY);
    }

    /** The sidecar file of a table: {@code <hardware-id>.calibration.json}. */
    public static Path fileOf(Path tablesDir, String hardwareId) {
        return tablesDir.resolve(hardwareId + ".calibration.json");
    }

    public void write(Path file) {
        CalibrationFile.write(this, file);
    }

    /** Reads a sidecar; the message names the file and the field when it is not usable. */
    public static Calibration load(Path file) {
        return CalibrationFile.load(file);
    }

    /** The features of a network known by its table sum and block count only (others 0). */
    public static double[] legacyFeatures(double sumMs, int blocks) {
        return legacy(sumMs, blocks);
    }

    private static double[] legacy(double sumMs, int blocks) {
        double[] all = new double[BlockFeatures.NAMES.size()];
        all[0] = 1;
        all[BlockFeatures.index("table_sum")] = sumMs;
        all[BlockFeatures.index("blocks")] = blocks;
        return all;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Calibration c && features.equals(c.features)
                && Arrays.equals(weights, c.weights) && samples == c.samples
                && fitted.equals(c.fitted) && referenceHash.equals(c.referenceHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(features, Arrays.hashCode(weights), samples, fitted, referenceHash);
    }

    @Override
    public String toString() {
        return "Calibration" + features + Arrays.toString(weights);
    }
}
