package io.jnas.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnas.search.Evaluation;
import io.jnas.search.fitness.ParetoFront;
import io.jnas.search.fitness.ParetoObjectives;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a run: per device the (accuracy up, latency down) Pareto set, and the set
 * non-dominated over all objectives of the run at once ({@code joint}: accuracy, every device's
 * latency, and params/FLOPs when they are objectives).
 */
public final class ParetoReport {

    private ParetoReport() {
    }

    /** Per device, the Pareto set of the history, by latency. */
    public static Map<String, List<Evaluation>> fronts(List<Evaluation> history,
            List<String> devices) {
        Map<String, List<Evaluation>> out = new LinkedHashMap<>();
        for (String d : devices) {
            out.put(d, ParetoFront.of(history, Evaluation::accuracy, e -> e.latencyMs(d)));
        }
        return out;
    }

    /** Members of the history no other member dominates on the full objective vector. */
    public static List<Evaluation> joint(List<Evaluation> history, ParetoObjectives objectives) {
        List<double[]> v = history.stream().map(objectives::vector).toList();
        List<Evaluation> out = new ArrayList<>();
        outer:
        for (int i = 0; i < v.size(); i++) {
            for (int j = 0; j < v.size(); j++) {
                if (ParetoObjectives.dominates(v.get(j), v.get(i))
                        || (j < i && java.util.Arrays.equals(v.get(j), v.get(i)))) {
                    continue outer;
                }
            }
            out.add(history.get(i));
        }
        return out;
    }

    /** The pareto.json text. */
    public static String toJson(RunConfig config, List<Evaluation> history,
            Map<String, List<Evaluation>> fronts, ParetoObjectives objectives) {
        ObjectNode root = EvaluationJson.MAPPER.createObjectNode();
        root.put("run", config.name());
        root.put("space", config.space());
        root.put("strategy", config.strategy().key());
        root.put("evaluator", config.evaluator());
        root.put("evaluations", history.size());
        root.put("objectives", "accuracy (higher is better) and latency_ms (lower is better)"
                + " per device; joint: " + String.join(", ", objectives.names()));
        ObjectNode devices = root.putObject("devices");
        fronts.forEach((d, front) -> add(devices.putArray(d), front));
        add(root.putArray("joint"), joint(history, objectives));
        try {
            return EvaluationJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root)
                    + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(ArrayNode out, List<Evaluation> front) {
        for (Evaluation e : front) {
            ObjectNode n = EvaluationJson.toNode(e);
            n.remove("wall_ms");
            out.add(n);
        }
    }
}
