package io.jnas.recorded;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnas.search.fitness.Hypervolume;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Budget regret on a five-row table worked out by hand. */
class BudgetRegretTest {

    @TempDir
    Path dir;

    private BudgetRegret fiveRows() {
        RecordedTable acc = RecordedTable.load(TestTables.write(dir.resolve("a.csv"),
                "arch,acc\na,10\nb,30\nc,20\nd,50\ne,40\n"), UnaryOperator.identity());
        RecordedTable lat = RecordedTable.load(TestTables.write(dir.resolve("l.csv"),
                "arch,dev\na,1\nb,2\nc,3\nd,4\ne,5\n"), UnaryOperator.identity());
        return BudgetRegret.of(List.of("a", "b", "c", "d", "e"), acc, "acc", lat, List.of("dev"));
    }

    @Test
    void budgetsAreTheLatenciesAtTheQuantilesInterpolatedLinearly() {
        // quantile q of 1..5 (type 7): 1 + 4q
        assertArrayEquals(new double[] {1.2, 1.4, 1.8, 2.2, 3.0, 3.8, 4.6},
                fiveRows().budgetMs().get("dev"), 1e-12);
    }

    @Test
    void regretPerBudgetIsTheTablesBestWithinItMinusTheRunsBestWithinIt() {
        BudgetRegret r = fiveRows();
        // the table's best within each budget: a (10) up to 1.8 ms, b (30) up to 3.8, d (50)
        assertArrayEquals(new double[] {10, 10, 10, 30, 30, 30, 50}, r.bestUnder().get("dev"));
        // found c (20 at 3 ms) and e (40 at 5 ms): nothing within the first four budgets counts
        // as the table's worst accuracy (10); c within 3.0 and 3.8; e within none
        List<Hypervolume.Point> found = List.of(new Hypervolume.Point(20, 3),
                new Hypervolume.Point(40, 5));
        assertArrayEquals(new double[] {0, 0, 0, 20, 10, 10, 30}, r.perBudget("dev", found),
                1e-12);
        assertEquals(70.0 / 7, r.of("dev", found), 1e-12);
    }

    @Test
    void findingEveryBudgetsBestIsZeroRegret() {
        List<Hypervolume.Point> found = List.of(new Hypervolume.Point(10, 1),
                new Hypervolume.Point(30, 2), new Hypervolume.Point(50, 4));
        assertEquals(0.0, fiveRows().of("dev", found), 0.0);
    }
}
