package io.jnas.search.fitness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The non-dominated set of two objectives, accuracy (up) and latency (down).
 *
 * <pre>{@code
 * List<Evaluation> front = ParetoFront.of(history, Evaluation::accuracy, e -> e.latencyMs("local"));
 * }</pre>
 */
public final class ParetoFront {

    private ParetoFront() {
    }

    /**
     * The members no other member dominates, sorted by latency (ascending). Of members with
     * equal accuracy and latency only the first in {@code items} is kept.
     */
    public static <T> List<T> of(List<T> items, ToDoubleFunction<T> accuracy,
            ToDoubleFunction<T> latency) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        // latency up, then accuracy down, then first seen: a sweep keeps strict improvements
        order.sort(Comparator.<Integer>comparingDouble(i -> latency.applyAsDouble(items.get(i)))
                .thenComparing(i -> -accuracy.applyAsDouble(items.get(i)))
                .thenComparingInt(i -> i));
        List<T> front = new ArrayList<>();
        double bestAccuracy = Double.NEGATIVE_INFINITY;
        for (int i : order) {
            double acc = accuracy.applyAsDouble(items.get(i));
            if (acc > bestAccuracy) {
                front.add(items.get(i));
                bestAccuracy = acc;
            }
        }
        return front;
    }
}
