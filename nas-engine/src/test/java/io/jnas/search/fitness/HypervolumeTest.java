package io.jnas.search.fitness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnas.search.fitness.Hypervolume.Point;
import java.util.List;
import org.junit.jupiter.api.Test;

class HypervolumeTest {

    private static final Point REF = new Point(0, 4);

    @Test
    void knownFrontGivesTheUnionOfItsRectangles() {
        // (0.5 at 1 ms) dominates [1, 4] x [0, 0.5]; (0.8 at 3 ms) adds [3, 4] x [0.5, 0.8]
        List<Point> front = List.of(new Point(0.5, 1), new Point(0.8, 3));
        assertEquals((0.5 * 2 + 0.8 * 1) / 4, Hypervolume.of(front, REF), 1e-12);
    }

    @Test
    void dominatedAndDuplicatePointsAddNothing() {
        List<Point> front = List.of(new Point(0.5, 1), new Point(0.8, 3));
        List<Point> more = List.of(new Point(0.8, 3), new Point(0.4, 2), new Point(0.5, 1),
                new Point(0.5, 1), new Point(0.7, 3.5));
        assertEquals(Hypervolume.of(front, REF),
                Hypervolume.of(java.util.stream.Stream.concat(front.stream(), more.stream())
                        .toList(), REF), 1e-12);
    }

    @Test
    void pointsBeyondTheReferenceAreIgnoredAndOrderDoesNotMatter() {
        assertEquals(0, Hypervolume.of(List.of(new Point(0.9, 5), new Point(-0.1, 1)), REF));
        assertEquals(0, Hypervolume.of(List.of(), REF));
        assertEquals(Hypervolume.of(List.of(new Point(0.8, 3), new Point(0.5, 1)), REF),
                Hypervolume.of(List.of(new Point(0.5, 1), new Point(0.8, 3)), REF));
        assertEquals(0.9 * 0.5, Hypervolume.of(List.of(new Point(0.9, 2)), REF), 1e-12);
    }

    @Test
    void aBetterFrontHasAHigherVolume() {
        double base = Hypervolume.of(List.of(new Point(0.5, 1), new Point(0.8, 3)), REF);
        double better = Hypervolume.of(List.of(new Point(0.5, 1), new Point(0.8, 2.5)), REF);
        assertEquals(true, better > base);
    }

    @Test
    void referenceLatencyMustBePositive() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Hypervolume.of(List.of(), new Point(0, 0)));
        assertEquals("reference latency must be > 0 ms, but was 0.0", e.getMessage());
    }
}
