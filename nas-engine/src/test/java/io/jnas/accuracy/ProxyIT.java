package io.jnas.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.Architecture;
import io.jnas.data.ImageDataset;
import io.jnas.data.TestData;
import io.jnas.model.DjlRuntime;
import io.jnas.space.SearchSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SynFlow and GradNorm computed with DJL/PyTorch on real subnets and real data. */
class ProxyIT {

    static SearchSpace space;
    static ImageDataset mnist;

    @BeforeAll
    static void setUp() {
        DjlRuntime.configure(1);
        space = CachedEvaluatorTest.space();
        ImageDataset d = TestData.mnistTest();
        mnist = d.standardized(d.channelMeans(), d.channelStds());
    }

    static List<Architecture> archs() {
        List<Architecture> out = new ArrayList<>(List.of(space.resolve(space.minimal()),
                space.resolve(space.maximal())));
        Random rng = new Random(11);
        for (int i = 0; i < 4; i++) {
            out.add(space.resolve(space.sample(rng)));
        }
        return out;
    }

    @Test
    void synflowIsFinitePositiveDeterministicAndGrowsWithTheNetwork() {
        SynFlowProxy p = new SynFlowProxy(42);
        List<Double> scores = new ArrayList<>();
        for (Architecture a : archs()) {
            double s = p.evaluate(a);
            assertTrue(Double.isFinite(s) && s > 0, a.hash() + ": " + s);
            assertEquals(s, p.evaluate(a), "deterministic");
            scores.add(s);
        }
        assertTrue(scores.get(1) > scores.get(0) + 10, "the maximal subnet (more and wider paths)"
                + " must score far above the minimal one: " + scores);
        assertEquals(scores.size(), scores.stream().distinct().count(), "distinct archs differ");
    }

    @Test
    void synflowDoesNotDependOnTheSignsOfTheInitialWeights() {
        // |theta| is used, so only the magnitudes drawn matter: another seed moves the score a
        // little, not by orders of magnitude
        Architecture a = space.resolve(space.maximal());
        double s1 = new SynFlowProxy(1).evaluate(a);
        double s2 = new SynFlowProxy(2).evaluate(a);
        assertNotEquals(s1, s2);
        assertEquals(s1, s2, 0.05 * s1);
    }

    @Test
    void gradnormIsFinitePositiveDeterministicAndDiffers() {
        GradNormProxy p = new GradNormProxy(mnist, 32, 42);
        List<Double> scores = new ArrayList<>();
        for (Architecture a : archs().subList(0, 4)) {
            double s = p.evaluate(a);
            assertTrue(Double.isFinite(s) && s > 0, a.hash() + ": " + s);
            assertEquals(s, p.evaluate(a), "deterministic");
            scores.add(s);
        }
        assertEquals(scores.size(), scores.stream().distinct().count(), scores.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GradNormProxy(mnist, 1, 42));
        assertEquals("batchSize must be in [2, " + mnist.size() + "] (BatchNorm needs two"
                + " samples), but was 1", e.getMessage());
    }

    @Test
    void evaluatorsGiveTheSameScoresOnSeveralThreads() throws Exception {
        List<Architecture> archs = archs();
        SynFlowProxy p = new SynFlowProxy(5);
        List<Double> sequential = archs.stream().map(p::evaluate).toList();
        CachedEvaluator cached = new CachedEvaluator(new SynFlowProxy(5));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Double>> f = new ArrayList<>();
            for (Architecture a : archs) {
                f.add(pool.submit(() -> cached.evaluate(a)));
            }
            for (int i = 0; i < archs.size(); i++) {
                assertEquals(sequential.get(i), f.get(i).get(), archs.get(i).hash());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
