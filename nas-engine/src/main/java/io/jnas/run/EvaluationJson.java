package io.jnas.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnas.arch.Design;
import io.jnas.search.Evaluation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One evaluation as one line of JSON (fixed field order; doubles written so they read back to
 * the same bits, which replay relies on).
 *
 * <pre>{@code
 * {"index":0,"step":0,"hash":"…","accuracy":0.91,"fitness":0.9,"latency_ms":{"local":1.2},
 *  "params":10442,"macs":812000,"flops":1624000,"memory_bytes":50176,"wall_ms":812.5,
 *  "architecture":{…}}
 * }</pre>
 */
public final class EvaluationJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private EvaluationJson() {
    }

    /** The JSON object of an evaluation. */
    public static ObjectNode toNode(Evaluation e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("index", e.index());
        n.put("step", e.step());
        n.put("hash", e.hash());
        n.put("accuracy", e.accuracy());
        n.put("fitness", e.fitness());
        ObjectNode lat = n.putObject("latency_ms");
        e.latencyMs().forEach(lat::put);
        n.put("params", e.params());
        n.put("macs", e.macs());
        n.put("flops", e.flops());
        n.put("memory_bytes", e.memoryBytes());
        n.put("wall_ms", e.wallMs());
        try {
            n.set("architecture", MAPPER.readTree(e.design().toJson()));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("architecture JSON did not parse", ex);
        }
        return n;
    }

    /** One line, without the line break. */
    public static String toLine(Evaluation e) {
        return toNode(e).toString();
    }

    /**
     * Reads one line whose {@code architecture} is a design read by {@code designs} (e.g. the
     * run's {@code SearchCodec::read}).
     *
     * @throws IllegalArgumentException naming the missing or malformed field
     */
    public static Evaluation fromLine(String line, Function<String, ? extends Design> designs) {
        JsonNode n;
        try {
            n = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("must be a JSON object");
        }
        Design a = designs.apply(field(n, "architecture").toString());
        String hash = field(n, "hash").asText();
        if (!a.hash().equals(hash)) {
            throw new IllegalArgumentException("hash " + hash + " does not match its architecture ("
                    + a.hash() + ")");
        }
        Map<String, Double> lat = new LinkedHashMap<>();
        field(n, "latency_ms").fields().forEachRemaining(f -> lat.put(f.getKey(),
                f.getValue().asDouble()));
        return new Evaluation(field(n, "index").asInt(), field(n, "step").asLong(), hash, a,
                field(n, "accuracy").asDouble(), lat, field(n, "params").asLong(),
                field(n, "macs").asLong(), field(n, "memory_bytes").asLong(),
                field(n, "fitness").asDouble(), field(n, "wall_ms").asDouble());
    }

    private static JsonNode field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("field '" + name + "' is missing");
        }
        return v;
    }
}
