package io.jnas.cli.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.search.Spaces;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchBenchCommandTest {

    @Test
    void printsOneRowPerStrategyAndTheComparisonsWithTheFirst() {
        CliRun r = CliRun.bench("--space", Spaces.file("mnist-small").toString(), "--evaluator",
                "synthetic", "--predictor", "flops", "--flops", "local=0.4:0.2", "--evals", "30",
                "--population", "10", "--seeds", "3", "--strategies", "regularized,random,nsga2");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("search-bench: space mnist-small, evaluator synthetic,"
                + " devices local (predictor flops), 30 evaluations x 3 seeds (1..3)"), r.out());
        assertTrue(r.out().contains("hypervolume: reference point accuracy 0 and 1.1 x the"
                + " latency of the maximal subnet (local "), r.out());
        for (String s : List.of("regularized", "random", "nsga2")) {
            assertEquals(1, lines.stream().filter(l -> l.matches(s + " +[0-9.]+ ± [0-9.]+ .*"))
                    .count(), s + " row in\n" + r.out());
        }
        assertTrue(r.out().contains("regularized vs random: best fitness "), r.out());
        assertTrue(r.out().contains("regularized vs nsga2: best fitness "), r.out());
        assertEquals(9, r.err().lines().filter(l -> l.startsWith("search-bench: ")).count());
    }

    @Test
    void oneSeedIsNotASpread() {
        CliRun r = CliRun.bench("--seeds", "1");
        assertEquals(2, r.code(), "bad input");
        assertEquals("nas search-bench: --seeds must be >= 2 (a spread needs two runs), but was 1",
                r.err().strip());
    }
}
