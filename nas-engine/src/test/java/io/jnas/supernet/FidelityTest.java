package io.jnas.supernet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.accuracy.AccuracyEvaluator;
import io.jnas.arch.Architecture;
import io.jnas.space.SearchSpace;
import io.jnas.space.SubnetChoice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FidelityTest {

    @TempDir
    Path tmp;

    /** Scores by hash; counts how often it was asked. */
    static final class Fixed implements AccuracyEvaluator {
        final Map<String, Double> byHash;
        int calls;

        Fixed(Map<String, Double> byHash) {
            this.byHash = byHash;
        }

        @Override
        public String name() {
            return "fixed";
        }

        @Override
        public double evaluate(Architecture a) {
            calls++;
            return byHash.get(a.hash());
        }
    }

    @Test
    void perfectAndReversedRankingsAndTheCacheAndUntrainedRows() {
        SearchSpace s = ChoiceTextTest.space();
        List<SubnetChoice> c = RandomSubnets.distinct(s, 5, 11);
        List<ReferenceTable.Row> rows = new ArrayList<>();
        Map<String, Double> same = new HashMap<>();
        Map<String, Double> reversed = new HashMap<>();
        for (int i = 0; i < c.size(); i++) {
            String h = s.resolve(c.get(i)).hash();
            double truth = i == 4 ? Double.NaN : 0.5 + i / 100.0;
            rows.add(new ReferenceTable.Row(h, 1, 1, c.get(i), new double[] {truth, truth}, 1));
            same.put(h, (double) i);
            reversed.put(h, i == 4 ? 99.0 : -i);
        }
        Fidelity f = Fidelity.of(s, new ReferenceTable(List.of("r"), List.of(1L, 2L), rows));
        ScoreCache cache = ScoreCache.load(tmp.resolve("scores.csv"));
        String line = f.score(new Fixed(same), "same", cache);
        assertTrue(line.matches("same \\[4 rows\\] +1\\.000 +1\\.000 +\\d+\\.\\d{4}"), line);
        line = f.score(new Fixed(reversed), "reversed", cache);
        assertTrue(line.contains(" -1.000    -1.000 "), line);
        assertTrue(f.ceilingLine().contains("(4 subnets)"), f.ceilingLine());

        Fixed again = new Fixed(same);
        f.score(again, "same", ScoreCache.load(tmp.resolve("scores.csv")));
        assertEquals(0, again.calls, "every score came from the cache file");
    }

    @Test
    void sizeBaselinesRankTheTrainedRowsByParamsAndMacs() {
        SearchSpace s = ChoiceTextTest.space();
        List<SubnetChoice> c = RandomSubnets.distinct(s, 5, 11);
        List<ReferenceTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            double truth = i == 4 ? Double.NaN : 0.5 + i / 100.0;
            // params grow with the accuracy, MACs shrink: +1 and -1
            rows.add(new ReferenceTable.Row(s.resolve(c.get(i)).hash(), 100 + i, 100 - i,
                    c.get(i), new double[] {truth}, 1));
        }
        Fidelity f = Fidelity.of(s, new ReferenceTable(List.of("r"), List.of(1L), rows));
        List<String> lines = f.sizeLines();
        assertEquals(2, lines.size(), lines.toString());
        String rows4 = " \\[4 rows\\] +";
        assertTrue(lines.get(0).matches("params \\(no evaluation\\)" + rows4
                + "1\\.000 +1\\.000 +0"), lines.get(0));
        assertTrue(lines.get(1).matches("macs \\(no evaluation\\)" + rows4
                + "-1\\.000 +-1\\.000 +0"), lines.get(1));
    }
}
