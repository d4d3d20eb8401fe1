package io.jnas.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.accuracy.CachedEvaluator;
import io.jnas.accuracy.EvaluatorOptions;
import io.jnas.arch.Architecture;
import io.jnas.evaluators.Evaluators;
import io.jnas.latency.Quantile;
import io.jnas.space.SearchSpace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvalBenchTest {

    static SearchSpace space() {
        return SearchSpace.load(Path.of(System.getProperty("nas.home", ".."))
                .resolve("configs/spaces/mnist-small.yaml"));
    }

    @Test
    void subnetsAreDistinctAndFollowTheSeed() {
        List<Architecture> a = EvalBench.distinctSubnets(space(), 6, 42);
        assertEquals(6, new HashSet<>(a.stream().map(Architecture::hash).toList()).size());
        assertEquals(a, EvalBench.distinctSubnets(space(), 6, 42));
    }

    @Test
    void theSummaryIsTheRowsSummed() {
        List<Architecture> archs = EvalBench.distinctSubnets(space(), 4, 7);
        List<EvalBench.Row> rows = new ArrayList<>();
        EvalBench.Summary s;
        try (CachedEvaluator e = Evaluators.of(Evaluators.SYNFLOW, EvaluatorOptions.defaults())) {
            s = EvalBench.measure(e, archs, rows::add);
        }
        assertEquals(4, s.count());
        assertEquals(List.of(1, 2, 3, 4), rows.stream().map(EvalBench.Row::index).toList());
        double[] seconds = rows.stream().mapToDouble(EvalBench.Row::seconds).sorted().toArray();
        assertEquals(Quantile.of(seconds, 0.5), s.medianSeconds());
        assertEquals(seconds[3], s.maxSeconds());
        double[] scores = rows.stream().mapToDouble(EvalBench.Row::score).toArray();
        assertEquals(Arrays.stream(scores).min().orElseThrow(), s.minScore());
        assertEquals(Arrays.stream(scores).max().orElseThrow(), s.maxScore());
        assertTrue(s.spearmanWithParams() >= -1 && s.spearmanWithParams() <= 1);
        assertTrue(s.seconds() >= Arrays.stream(seconds).sum() * 0.99);
    }
}
