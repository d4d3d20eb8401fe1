package io.jnas.recorded;

import static java.util.Objects.requireNonNull;

import io.jnas.search.fitness.Hypervolume;
import io.jnas.search.fitness.ParetoFront;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a search over a recorded table can at best find, known in advance: the best accuracy and
 * per device the true (accuracy up, latency down) front of every architecture of the space. A
 * found front is measured as a share of the true one: {@code HV(found) / HV(true front)}, both
 * against the same reference point, the table's worst accuracy and the device's worst latency
 * (the nadir of the table), so the share is 1 exactly when the true front was found and no
 * tunable constant enters it.
 *
 * <pre>{@code
 * TableOptimum t = TableOptimum.of(space.keys(), accuracy, "valid-acc-12", latency, devices);
 * double share = t.share("pixel3", points);
 * }</pre>
 *
 * @param bestKey the architecture with the best accuracy (the first of equals, in key order)
 * @param reference per device, the hypervolume reference point (worst accuracy, worst latency)
 * @param front per device, the true front, by latency
 * @param frontHypervolume per device, the true front's hypervolume against the reference
 */
public record TableOptimum(int size, double bestAccuracy, String bestKey,
        Map<String, Hypervolume.Point> reference, Map<String, List<Hypervolume.Point>> front,
        Map<String, Double> frontHypervolume) {

    public TableOptimum {
        requireNonNull(bestKey, "bestKey");
        reference = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reference));
        front = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(front));
        frontHypervolume = java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(frontHypervolume));
    }

    /**
     * The optimum over {@code keys} (every architecture of the space).
     *
     * @throws IllegalArgumentException when a table lacks some of the keys, saying how many
     */
    public static TableOptimum of(List<String> keys, RecordedTable accuracy, String column,
            RecordedTable latency, List<String> devices) {
        int acc = accuracy.column(column);
        Map<String, Integer> lat = new LinkedHashMap<>();
        devices.forEach(d -> lat.put(d, latency.latencyColumn(d)));
        requireCovers(accuracy, keys);
        requireCovers(latency, keys);
        double best = Double.NEGATIVE_INFINITY;
        double worst = Double.POSITIVE_INFINITY;
        String bestKey = null;
        for (String k : keys) {
            double a = accuracy.require(k, acc);
            if (a > best) {
                best = a;
                bestKey = k;
            }
            worst = Math.min(worst, a);
        }
        Map<String, Hypervolume.Point> reference = new LinkedHashMap<>();
        Map<String, List<Hypervolume.Point>> fronts = new LinkedHashMap<>();
        Map<String, Double> hv = new LinkedHashMap<>();
        for (String d : devices) {
            List<Hypervolume.Point> all = new ArrayList<>(keys.size());
            double slowest = Double.NEGATIVE_INFINITY;
            for (String k : keys) {
                double ms = latency.require(k, lat.get(d));
                slowest = Math.max(slowest, ms);
                all.add(new Hypervolume.Point(accuracy.require(k, acc), ms));
            }
            Hypervolume.Point ref = new Hypervolume.Point(worst, slowest);
            reference.put(d, ref);
            fronts.put(d, ParetoFront.of(all, Hypervolume.Point::accuracy,
                    Hypervolume.Point::latencyMs));
            hv.put(d, Hypervolume.of(all, ref));
        }
        return new TableOptimum(keys.size(), best, bestKey, reference, fronts, hv);
    }

    private static void requireCovers(RecordedTable table, List<String> keys) {
        List<String> missing = keys.stream().filter(k -> table.value(k, 0).isEmpty()).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(table.file() + " lacks " + missing.size() + " of the "
                    + keys.size() + " architectures of the space (first: " + missing.get(0)
                    + "); record them, or restrict the space's ops to those of the table");
        }
    }

    /**
     * The hypervolume of {@code found} as a share of the true front's on one device; NaN when
     * the true front has no area (every architecture ties with the reference).
     */
    public double share(String device, List<Hypervolume.Point> found) {
        double whole = frontHypervolume.get(device);
        return whole > 0 ? Hypervolume.of(found, reference.get(device)) / whole : Double.NaN;
    }
}
