package io.jnas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.accuracy.TrainResult;
import io.jnas.accuracy.TrainSettings;
import io.jnas.arch.Architecture;
import io.jnas.search.Spaces;
import io.jnas.space.SearchSpace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an export's training does when the loss diverges (failure handling: the trainer is scripted to
 * diverge above a learning rate; the real training is ExportRunIT's).
 */
class SubnetTrainerTest {

    private static final Architecture A;

    static {
        SearchSpace s = Spaces.load("mnist-small");
        A = s.resolve(s.minimal());
    }

    private static TrainResult result(boolean diverged) {
        return new TrainResult(diverged ? 0.1 : 0.8, 4, false, diverged, List.of(), 0.1);
    }

    @Test
    void aDivergedFineTuneRestartsWithAThirdOfTheLearningRateUntilItTrains() {
        List<Float> tried = new ArrayList<>();
        List<Integer> saved = new ArrayList<>();
        List<String> started = new ArrayList<>();
        SubnetTrainer f = new SubnetTrainer((s, a, start, w) -> {
            tried.add(s.learningRate());
            start.accept(null);
            w.accept(null);
            saved.add(tried.size());
            return result(s.learningRate() > 0.001f);
        }, TrainSettings.defaults().withOptimizer(TrainSettings.OptimizerKind.ADAM, 0.009f));
        SubnetTrainer.Trained t = f.train(A, (d, b) -> {
            started.add(d.hash());
            return "from test " + started.size();
        }, m -> { });
        TrainResult r = t.result();
        assertEquals(3, tried.size(), tried.toString());
        float[] expected = {0.009f, 0.003f, 0.001f};
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i], tried.get(i), 1e-7, "attempt " + i);
        }
        assertFalse(r.diverged());
        assertEquals(2, t.retries());
        assertEquals(0.001f, t.settings().learningRate(), 1e-7, "metrics record the rate used");
        assertEquals(List.of(A.hash(), A.hash(), A.hash()), started, "every attempt starts anew");
        assertEquals("from test 3", t.startingWeights());
        assertEquals(List.of(1, 2, 3), saved, "the weights saved last are the last attempt's");
    }

    @Test
    void itGivesUpAfterTwoRestartsAndReportsTheDivergence() {
        List<Float> tried = new ArrayList<>();
        SubnetTrainer f = new SubnetTrainer((s, a, start, w) -> {
            tried.add(s.learningRate());
            return result(true);
        }, TrainSettings.defaults().withOptimizer(TrainSettings.OptimizerKind.SGD, 0.9f));
        SubnetTrainer.Trained t = f.train(A, StartingWeights.seeded(1), m -> { });
        assertTrue(t.result().diverged());
        assertEquals(3, tried.size());
        assertEquals(SubnetTrainer.MAX_RETRIES, t.retries());
        assertEquals(0.1f, t.settings().learningRate(), 1e-6);
    }

    @Test
    void aTrainingThatDoesNotDivergeRunsOnce() {
        List<Float> tried = new ArrayList<>();
        SubnetTrainer f = new SubnetTrainer((s, a, start, w) -> {
            tried.add(s.learningRate());
            return result(false);
        }, TrainSettings.defaults());
        assertEquals(0, f.train(A, StartingWeights.seeded(1), m -> { }).retries());
        assertEquals(1, tried.size());
    }
}
