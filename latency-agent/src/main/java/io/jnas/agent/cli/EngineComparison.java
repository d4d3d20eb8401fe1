package io.jnas.agent.cli;

import io.jnas.agent.Measurement;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * The same block keys timed by several engines, one engine after the other (never two at once,
 * so they do not compete for the cores), printed side by side with the ratio to the first.
 */
final class EngineComparison {

    private final Map<String, List<Measurement>> byEngine = new LinkedHashMap<>();

    void add(String engine, List<Measurement> results) {
        byEngine.put(engine, List.copyOf(results));
    }

    void print(PrintWriter out, List<String> keys) {
        List<String> engines = List.copyOf(byEngine.keySet());
        String first = engines.get(0);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-42s", "block key"));
        engines.forEach(e -> header.append(String.format(Locale.ROOT, " %14s", e + " ms")));
        engines.subList(1, engines.size()).forEach(e -> header.append(
                String.format(Locale.ROOT, " %20s", e + "/" + first)));
        out.println(header);
        Map<String, DescriptiveStatistics> ratios = new LinkedHashMap<>();
        for (String key : keys) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-42s", key));
            double base = median(first, key);
            for (String e : engines) {
                row.append(String.format(Locale.ROOT, " %14.3f", median(e, key)));
            }
            for (String e : engines.subList(1, engines.size())) {
                double r = median(e, key) / base;
                ratios.computeIfAbsent(e, x -> new DescriptiveStatistics()).addValue(r);
                row.append(String.format(Locale.ROOT, " %20.2f", r));
            }
            out.println(row);
        }
        ratios.forEach((e, r) -> out.printf(Locale.ROOT, "%s / %s over %d blocks: median %.2f,"
                + " p10 %.2f, p90 %.2f%n", e, first, r.getN(), r.getPercentile(50),
                r.getPercentile(10), r.getPercentile(90)));
    }

    private double median(String engine, String key) {
        return byEngine.get(engine).stream().filter(m -> m.subject().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException(engine + " did not measure " + key))
                .stats().medianMs();
    }
}
