package io.jnas.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.InputShape;
import io.jnas.data.DataLocations;
import io.jnas.data.MissingDataException;
import io.jnas.data.TestData;
import io.jnas.space.SearchSpace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorFactoryTest {

    @TempDir
    Path tmp;

    EvaluatorOptions options(String dataSet, DataLocations where) {
        return EvaluatorOptions.defaults().withDataSet(dataSet, where)
                .withTrain(TrainSettings.defaults().withSamples(200, 100));
    }

    @Test
    void buildsEachNamedEvaluatorCached() {
        EvaluatorOptions o = options("mnist", DataLocations.only(TestData.dir()));
        for (String name : EvaluatorFactory.names()) {
            try (CachedEvaluator e = EvaluatorFactory.of(name, o)) {
                assertEquals(name, e.name());
            }
        }
        assertInstanceOf(SynFlowProxy.class, EvaluatorFactory.of("synflow", o).delegate());
        TrainEvaluator t = (TrainEvaluator) EvaluatorFactory.of("train", o).delegate();
        assertEquals(200, t.split().train().size());
        assertEquals(100, t.split().validation().size());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EvaluatorFactory.of("naswot", EvaluatorOptions.defaults()));
        assertEquals("evaluator must be one of [train, synflow, gradnorm], but was 'naswot'",
                e.getMessage());
    }

    @Test
    void missingDataIsReportedForDataDrivenEvaluatorsOnly() {
        EvaluatorOptions o = options("fashion-mnist", DataLocations.only(tmp));
        assertThrows(MissingDataException.class, () -> EvaluatorFactory.of("train", o));
        assertThrows(MissingDataException.class, () -> EvaluatorFactory.of("gradnorm", o));
        assertEquals("synflow", EvaluatorFactory.of("synflow", o).name());
    }

    @Test
    void dataOfAnotherShapeIsRefusedWithTheWaysOutOrResized() {
        SearchSpace space = CachedEvaluatorTest.space();
        EvaluatorOptions o = options("digits", DataLocations.only(TestData.dir()));
        TrainEvaluator t = (TrainEvaluator) EvaluatorFactory.of("train", o).delegate();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> t.train(space.resolve(space.minimal())));
        assertEquals("data set 'digits/train' has samples of 1x8x8, but the architecture takes"
                + " 1x28x28: use a search space whose input is 1x8x8, a data set of 1x28x28, or"
                + " resize the data (--resize)", e.getMessage());
        TrainEvaluator resized = (TrainEvaluator) EvaluatorFactory.of("train",
                o.withResize(new InputShape(1, 28, 28))).delegate();
        assertEquals("1x28x28", resized.split().train().shape());
        assertTrue(resized.split().validation().size() > 0);
    }
}
