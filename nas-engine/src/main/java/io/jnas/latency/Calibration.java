package io.jnas.latency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnas.text.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Maps the sum of a table's block latencies to end-to-end latency:
 * {@code e2e = slope * sum + perBlockMs * blocks + interceptMs}, with the band
 * {@code [bandLow x e2e, bandHigh x e2e]} that held the middle 80% of the calibration nets.
 *
 * <p>Why two regressors: an agent times each block alone, so every table entry pays the per-call
 * overhead (JNI, output copy) that an end-to-end call pays once, and a block runs differently
 * after its predecessor than alone (the chain effect); the block count carries the per-block part
 * of that difference, the slope what scales with work (caches, fusion). The fit is robust
 * ({@link HuberFit} on relative errors), so one network caught by a load burst does not tilt it.
 *
 * <p>End-to-end figures come from the ratio protocol: ratio to a reference network times the
 * reference's level when the calibration was measured ({@code referenceMs}, {@code referenceHash}).
 *
 * <pre>{@code
 * Calibration c = Calibration.fit(List.of(new Calibration.Sample(sumMs, blocks, measuredMs), ...));
 * double e2e = c.apply(sumMs, blocks);
 * }</pre>
 *
 * @param bandLow p10 of measured / predicted on the calibration nets
 * @param bandHigh p90 of measured / predicted on the calibration nets
 * @param referenceHash the reference network of the ratio protocol, or empty
 * @param referenceMs the reference's median latency in the calibration run, or NaN
 */
public record Calibration(double slope, double perBlockMs, double interceptMs, int samples,
        double r2, Instant fitted, double bandLow, double bandHigh, String referenceHash,
        double referenceMs) {

    /** One calibration architecture: its table sum, its block count, its measured latency. */
    public record Sample(double sumMs, int blocks, double measuredMs) {
    }

    /** A calibration with no band and no reference. */
    public Calibration(double slope, double perBlockMs, double interceptMs, int samples, double r2,
            Instant fitted) {
        this(slope, perBlockMs, interceptMs, samples, r2, fitted, 1, 1, "", Double.NaN);
    }

    /** No correction: the raw table sum. */
    public static Calibration identity() {
        return new Calibration(1, 0, 0, 0, Double.NaN, Instant.EPOCH);
    }

    public double apply(double sumMs, int blocks) {
        return slope * sumMs + perBlockMs * blocks + interceptMs;
    }

    /** The central prediction with its p10/p90 band. */
    public PredictionBand band(double sumMs, int blocks) {
        double ms = apply(sumMs, blocks);
        return new PredictionBand(bandLow * ms, ms, bandHigh * ms);
    }

    /** This calibration tied to the reference network of the run that measured it. */
    public Calibration withReference(String hash, double ms) {
        return new Calibration(slope, perBlockMs, interceptMs, samples, r2, fitted, bandLow,
                bandHigh, hash, ms);
    }

    /**
     * Robust fit (Huber, relative errors) of sum and block count; on the sum alone when block
     * counts do not vary or are collinear with it. The band comes from the fit's residuals.
     *
     * @throws IllegalArgumentException with fewer than 3 samples
     */
    public static Calibration fit(List<Sample> samples) {
        if (samples.size() < 3) {
            throw new IllegalArgumentException("calibration needs at least 3 measured"
                    + " architectures, but had " + samples.size());
        }
        double[] y = samples.stream().mapToDouble(Sample::measuredMs).toArray();
        boolean blocksVary = samples.stream().mapToInt(Sample::blocks).distinct().count() > 1;
        double[] b = null;
        if (blocksVary && samples.size() >= 4) {
            try {
                b = HuberFit.fit(samples.stream().map(s -> new double[] {s.sumMs(), s.blocks()})
                        .toArray(double[][]::new), y);
            } catch (SingularMatrixException e) {
                // collinear sums and block counts: use the sum alone
            }
        }
        if (b == null) {
            double[] b1 = HuberFit.fit(samples.stream().map(s -> new double[] {s.sumMs()})
                    .toArray(double[][]::new), y);
            b = new double[] {b1[0], b1[1], 0};
        }
        Calibration c = new Calibration(b[1], b[2], b[0], samples.size(), Double.NaN, Instant.now());
        double[] ratio = samples.stream()
                .mapToDouble(s -> s.measuredMs() / c.apply(s.sumMs(), s.blocks())).sorted().toArray();
        double mean = Arrays.stream(y).average().orElse(0);
        double ssRes = samples.stream()
                .mapToDouble(s -> Math.pow(s.measuredMs() - c.apply(s.sumMs(), s.blocks()), 2)).sum();
        double ssTot = Arrays.stream(y).map(v -> (v - mean) * (v - mean)).sum();
        return new Calibration(c.slope, c.perBlockMs, c.interceptMs, samples.size(),
                ssTot == 0 ? Double.NaN : 1 - ssRes / ssTot, c.fitted, Quantile.of(ratio, 0.1),
                Quantile.of(ratio, 0.9), "", Double.NaN);
    }

    /** The sidecar file of a table: {@code <hardware-id>.calibration.json}. */
    public static Path fileOf(Path tablesDir, String hardwareId) {
        return tablesDir.resolve(hardwareId + ".calibration.json");
    }

    public void write(Path file) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode n = m.createObjectNode();
        n.put("slope", slope).put("per_block_ms", perBlockMs).put("intercept_ms", interceptMs)
                .put("samples", samples).put("r2", r2).put("fitted", fitted.toString())
                .put("fit", "huber").put("band_p10", bandLow).put("band_p90", bandHigh)
                .put("reference_hash", referenceHash).put("reference_ms", referenceMs);
        try {
            AtomicFile.write(file, m.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the calibration as JSON", e);
        }
    }

    /** Reads a sidecar; the message names the file and the field when it is not usable. */
    public static Calibration load(Path file) {
        try {
            JsonNode n = new ObjectMapper().readTree(file.toFile());
            return new Calibration(num(n, "slope", file), num(n, "per_block_ms", file),
                    num(n, "intercept_ms", file), (int) num(n, "samples", file),
                    n.path("r2").asDouble(Double.NaN), Instant.parse(n.path("fitted").asText()),
                    n.path("band_p10").asDouble(1), n.path("band_p90").asDouble(1),
                    n.path("reference_hash").asText(""), n.path("reference_ms").asDouble(Double.NaN));
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage().startsWith(file.toString())) {
                throw iae;
            }
            throw new IllegalArgumentException(file + ": calibration is not readable: "
                    + e.getMessage());
        }
    }

    private static double num(JsonNode n, String field, Path file) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new IllegalArgumentException(file + ": " + field + " must be a finite number, but"
                    + " was " + v);
        }
        return v.asDouble();
    }
}
