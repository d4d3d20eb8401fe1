package io.jnas.recorded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.search.fitness.Hypervolume;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableOptimumTest {

    static final String A = "|nor_conv_3x3~0|+|none~0|none~1|+|none~0|none~1|none~2|";
    static final String B = "|none~0|+|none~0|none~1|+|none~0|none~1|skip_connect~2|";
    static final String C = "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|";
    static final String D = "|skip_connect~0|+|none~0|none~1|+|none~0|none~1|none~2|";

    @TempDir
    Path dir;

    @Test
    void bestFrontAndReferenceOfAHandMadeTable() {
        // (accuracy, ms): A (90, 5) front, B (80, 2) front, C (10, 1) front, D (70, 4) dominated
        RecordedTables t = new RecordedTables();
        RecordedTable acc = t.load(TestTables.write(dir.resolve("a.csv"),
                "arch,valid\n" + A + ",90\n" + B + ",80\n" + C + ",10\n" + D + ",70\n"));
        RecordedTable lat = t.load(TestTables.write(dir.resolve("l.csv"),
                "arch,dev\n" + A + ",5\n" + B + ",2\n" + C + ",1\n" + D + ",4\n"));
        TableOptimum o = TableOptimum.of(List.of(A, B, C, D), acc, "valid", lat, List.of("dev"));
        assertEquals(90, o.bestAccuracy());
        assertEquals(A, o.bestKey());
        assertEquals(new Hypervolume.Point(10, 5), o.reference().get("dev"));
        assertEquals(List.of(new Hypervolume.Point(10, 1), new Hypervolume.Point(80, 2),
                new Hypervolume.Point(90, 5)), o.front().get("dev"));
        // area against (10, 5): B covers (80-10) x (5-2) = 210; A adds nothing (at the reference
        // latency), C nothing (at the reference accuracy); divided by the reference latency 5
        assertEquals(210.0 / 5, o.frontHypervolume().get("dev"), 1e-12);
        assertEquals(1.0, o.share("dev", List.of(new Hypervolume.Point(80, 2))), 1e-12);
        // D alone: (70-10) x (5-4) = 60 of 210
        assertEquals(60.0 / 210, o.share("dev", List.of(new Hypervolume.Point(70, 4))), 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TableOptimum.of(List.of(A, B, C, D, "|none~0|+|none~0|none~1|+|none~0|"
                        + "none~1|avg_pool_3x3~2|"), acc, "valid", lat, List.of("dev")));
        assertTrue(e.getMessage().startsWith(dir.resolve("a.csv") + " lacks 1 of the 5"
                + " architectures of the space (first: |none~0|"), e.getMessage());
    }
}
