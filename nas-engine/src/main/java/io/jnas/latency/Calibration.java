package io.jnas.latency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnas.text.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Maps the sum of a table's block latencies to end-to-end latency:
 * {@code e2e = slope * sum + perBlockMs * blocks + interceptMs}.
 *
 * <p>Why two regressors: an agent times each block alone, so every table entry pays the per-call
 * overhead (JNI, output copy) that an end-to-end call pays once; the block count carries that
 * difference, the slope carries effects that scale with work (caches, fusion).
 *
 * <pre>{@code
 * Calibration c = Calibration.fit(List.of(new Calibration.Sample(sumMs, blocks, measuredMs), ...));
 * double e2e = c.apply(sumMs, blocks);
 * }</pre>
 */
public record Calibration(double slope, double perBlockMs, double interceptMs, int samples,
        double r2, Instant fitted) {

    /** One calibration architecture: its table sum, its block count, its measured latency. */
    public record Sample(double sumMs, int blocks, double measuredMs) {
    }

    /** No correction: the raw table sum. */
    public static Calibration identity() {
        return new Calibration(1, 0, 0, 0, Double.NaN, Instant.EPOCH);
    }

    public double apply(double sumMs, int blocks) {
        return slope * sumMs + perBlockMs * blocks + interceptMs;
    }

    /**
     * Least squares fit; falls back to a fit on the sum alone when block counts do not vary.
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
        if (blocksVary && samples.size() >= 4) {
            double[][] x = samples.stream().map(s -> new double[] {s.sumMs(), s.blocks()})
                    .toArray(double[][]::new);
            try {
                OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
                ols.newSampleData(y, x);
                double[] b = ols.estimateRegressionParameters();
                return new Calibration(b[1], b[2], b[0], samples.size(), ols.calculateRSquared(),
                        Instant.now());
            } catch (SingularMatrixException e) {
                // collinear sums and block counts: use the sum alone
            }
        }
        org.apache.commons.math3.stat.regression.SimpleRegression r =
                new org.apache.commons.math3.stat.regression.SimpleRegression();
        samples.forEach(s -> r.addData(s.sumMs(), s.measuredMs()));
        return new Calibration(r.getSlope(), 0, r.getIntercept(), samples.size(), r.getRSquare(),
                Instant.now());
    }

    /** The sidecar file of a table: {@code <hardware-id>.calibration.json}. */
    public static Path fileOf(Path tablesDir, String hardwareId) {
        return tablesDir.resolve(hardwareId + ".calibration.json");
    }

    public void write(Path file) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode n = m.createObjectNode();
        n.put("slope", slope).put("per_block_ms", perBlockMs).put("intercept_ms", interceptMs)
                .put("samples", samples).put("r2", r2).put("fitted", fitted.toString());
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
                    n.path("r2").asDouble(Double.NaN), Instant.parse(n.path("fitted").asText()));
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
