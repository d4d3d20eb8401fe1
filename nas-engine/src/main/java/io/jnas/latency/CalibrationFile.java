package io.jnas.latency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnas.text.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The JSON sidecar of a table's calibration. A file has {@code "weights": {feature: weight}} and
 * {@code "feature_set"}; one written before feature sets (only {@code slope}, {@code per_block_ms},
 * {@code intercept_ms}) loads as the legacy {@code sum-blocks} set.
 */
final class CalibrationFile {

    private CalibrationFile() {
    }

    static void write(Calibration c, Path file) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode n = m.createObjectNode();
        n.put("feature_set", c.featureSet());
        ObjectNode w = n.putObject("weights");
        for (int j = 0; j < c.features().size(); j++) {
            w.put(c.features().get(j), c.weights()[j]);
        }
        // the legacy fields, so that a reader of the old format still finds them
        n.put("slope", c.slope()).put("per_block_ms", c.perBlockMs())
                .put("intercept_ms", c.interceptMs()).put("samples", c.samples()).put("r2", c.r2())
                .put("fitted", c.fitted().toString()).put("fit", "huber")
                .put("band", "p10/p90 of measured / predicted, out of fold")
                .put("band_p10", c.bandLow()).put("band_p90", c.bandHigh())
                .put("reference_hash", c.referenceHash()).put("reference_ms", c.referenceMs());
        try {
            AtomicFile.write(file, m.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the calibration as JSON", e);
        }
    }

    static Calibration load(Path file) {
        try {
            JsonNode n = new ObjectMapper().readTree(file.toFile());
            List<String> features = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            JsonNode w = n.get("weights");
            if (w != null) {
                if (!w.isObject()) {
                    throw new IllegalArgumentException(file + ": weights must be an object of"
                            + " feature: number, but was " + w);
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = w.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (!BlockFeatures.NAMES.contains(e.getKey())) {
                        throw new IllegalArgumentException(file + ": weights." + e.getKey()
                                + " must name a feature of " + BlockFeatures.NAMES
                                + " (a calibration of a newer jnas?)");
                    }
                    features.add(e.getKey());
                    weights.add(num(e.getValue(), "weights." + e.getKey(), file));
                }
            } else {
                features.addAll(BlockFeatures.set(Calibration.LEGACY));
                weights.add(num(n.get("intercept_ms"), "intercept_ms", file));
                weights.add(num(n.get("slope"), "slope", file));
                weights.add(num(n.get("per_block_ms"), "per_block_ms", file));
            }
            return new Calibration(features, weights.stream().mapToDouble(Double::doubleValue)
                    .toArray(), (int) num(n.get("samples"), "samples", file),
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

    private static double num(JsonNode v, String field, Path file) {
        if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new IllegalArgumentException(file + ": " + field + " must be a finite number, but"
                    + " was " + v);
        }
        return v.asDouble();
    }
}
