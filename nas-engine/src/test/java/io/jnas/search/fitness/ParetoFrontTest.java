package io.jnas.search.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnas.search.fitness.Hypervolume.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ParetoFrontTest {

    @Test
    void keepsTheNonDominatedSortedByLatency() {
        List<Point> pts = List.of(new Point(0.9, 5), new Point(0.5, 1), new Point(0.6, 1),
                new Point(0.6, 2), new Point(0.95, 9), new Point(0.9, 5), new Point(0.2, 0.5));
        assertEquals(List.of(new Point(0.2, 0.5), new Point(0.6, 1), new Point(0.9, 5),
                new Point(0.95, 9)), ParetoFront.of(pts, Point::accuracy, Point::latencyMs));
    }

    @Test
    void agreesWithTheDefinitionOnRandomSets() {
        SplittableRandom rng = new SplittableRandom(4);
        for (int t = 0; t < 200; t++) {
            List<Point> pts = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                pts.add(new Point(rng.nextInt(10) / 10.0, rng.nextInt(10)));
            }
            List<Point> front = ParetoFront.of(pts, Point::accuracy, Point::latencyMs);
            List<Point> expected = new ArrayList<>();
            for (Point p : pts) {
                boolean dominated = pts.stream().anyMatch(q -> q.accuracy() >= p.accuracy()
                        && q.latencyMs() <= p.latencyMs() && !q.equals(p));
                if (!dominated && !expected.contains(p)) {
                    expected.add(p);
                }
            }
            expected.sort(java.util.Comparator.comparingDouble(Point::latencyMs));
            assertEquals(expected, front);
        }
    }
}
