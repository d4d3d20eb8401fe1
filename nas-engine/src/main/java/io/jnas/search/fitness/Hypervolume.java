package io.jnas.search.fitness;

import java.util.ArrayList;
import java.util.List;

/**
 * Area dominated by a set of (accuracy up, latency down) points and bounded by a reference
 * point: the larger, the better the front. Points no better than the reference in both
 * objectives add nothing.
 *
 * <p>Latency is divided by the reference latency, so the result is in accuracy units and, for
 * accuracies in [0, 1] with reference accuracy 0, lies in [0, 1].
 *
 * <pre>{@code
 * double hv = Hypervolume.of(List.of(new Hypervolume.Point(0.5, 1), new Hypervolume.Point(0.8, 3)),
 *         new Hypervolume.Point(0, 4));   // (0.5 * 2 + 0.8 * 1) / 4 = 0.45
 * }</pre>
 */
public final class Hypervolume {

    /** One point: an accuracy and a latency in milliseconds. */
    public record Point(double accuracy, double latencyMs) {
    }

    private Hypervolume() {
    }

    /**
     * The normalised hypervolume of {@code points} against {@code reference}.
     *
     * @throws IllegalArgumentException when the reference latency is not > 0
     */
    public static double of(List<Point> points, Point reference) {
        if (!(reference.latencyMs() > 0) || Double.isInfinite(reference.latencyMs())) {
            throw new IllegalArgumentException("reference latency must be > 0 ms, but was "
                    + reference.latencyMs());
        }
        List<Point> inside = new ArrayList<>();
        for (Point p : points) {
            if (p.accuracy() > reference.accuracy() && p.latencyMs() < reference.latencyMs()) {
                inside.add(p);
            }
        }
        List<Point> front = ParetoFront.of(inside, Point::accuracy, Point::latencyMs);
        double area = 0;
        for (int i = 0; i < front.size(); i++) {
            double next = i + 1 < front.size() ? front.get(i + 1).latencyMs()
                    : reference.latencyMs();
            area += (next - front.get(i).latencyMs())
                    * (front.get(i).accuracy() - reference.accuracy());
        }
        return area / reference.latencyMs();
    }
}
