package io.jnas.evaluators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.accuracy.CachedEvaluator;
import io.jnas.accuracy.EvaluatorOptions;
import io.jnas.accuracy.SynFlowProxy;
import io.jnas.accuracy.TrainEvaluator;
import io.jnas.accuracy.TrainSettings;
import io.jnas.arch.InputShape;
import io.jnas.data.DataLocations;
import io.jnas.data.MissingDataException;
import io.jnas.data.TestData;
import io.jnas.space.SearchSpace;
import io.jnas.supernet.SupernetSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one registry of evaluators: names, what each builds, and the messages for bad names. */
class EvaluatorsTest {

    @TempDir
    Path tmp;

    EvaluatorOptions options(String dataSet, DataLocations where) {
        return EvaluatorOptions.defaults().withDataSet(dataSet, where)
                .withTrain(TrainSettings.defaults().withSamples(200, 100));
    }

    @Test
    void buildsEachNamedEvaluatorCached() {
        EvaluatorOptions o = options("mnist", DataLocations.only(TestData.dir()));
        for (String name : List.of(Evaluators.TRAIN, Evaluators.SYNFLOW, Evaluators.GRADNORM)) {
            try (CachedEvaluator e = Evaluators.of(name, o)) {
                assertEquals(name, e.name());
            }
        }
        assertInstanceOf(SynFlowProxy.class, Evaluators.of("synflow", o).delegate());
        TrainEvaluator t = (TrainEvaluator) Evaluators.of("train", o).delegate();
        assertEquals(200, t.split().train().size());
        assertEquals(100, t.split().validation().size());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Evaluators.of("naswot", EvaluatorOptions.defaults()));
        assertEquals("evaluator must be one of [train, synflow, gradnorm], but was 'naswot'",
                e.getMessage());
    }

    @Test
    void missingDataIsReportedForDataDrivenEvaluatorsOnly() {
        EvaluatorOptions o = options("fashion-mnist", DataLocations.only(tmp));
        assertThrows(MissingDataException.class, () -> Evaluators.of("train", o));
        assertThrows(MissingDataException.class, () -> Evaluators.of("gradnorm", o));
        assertEquals("synflow", Evaluators.of("synflow", o).name());
    }

    @Test
    void dataOfAnotherShapeIsRefusedWithTheWaysOutOrResized() {
        SearchSpace space = SearchSpace.load(Path.of(System.getProperty("nas.home", ".."))
                .resolve("configs/spaces/mnist-small.yaml"));
        EvaluatorOptions o = options("digits", DataLocations.only(TestData.dir()));
        TrainEvaluator t = (TrainEvaluator) Evaluators.of("train", o).delegate();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> t.train(space.resolve(space.minimal())));
        assertEquals("data set 'digits/train' has samples of 1x8x8, but the architecture takes"
                + " 1x28x28: use a search space whose input is 1x8x8, a data set of 1x28x28, or"
                + " resize the data (--resize)", e.getMessage());
        TrainEvaluator resized = (TrainEvaluator) Evaluators.of("train",
                o.withResize(new InputShape(1, 28, 28))).delegate();
        assertEquals("1x28x28", resized.split().train().shape());
        assertTrue(resized.split().validation().size() > 0);
    }

    @Test
    void anUnknownEvaluatorIsNamedWithEveryEvaluatorASearchCanUse() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Evaluators().open("naswot", Map.of()));
        assertEquals("evaluator must be one of [train, synflow, gradnorm, table, supernet], but was"
                + " 'naswot'", e.getMessage());
        assertEquals(List.of("train", "synflow", "gradnorm", "table", "supernet"),
                Evaluators.names());
    }

    @Test
    void runOptionsOpenTheNamedEvaluator() {
        try (var e = new Evaluators().open("synflow", Map.of("seed", "3"))) {
            assertInstanceOf(SynFlowProxy.class, ((CachedEvaluator) e).delegate());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Evaluators().open("table", Map.of("file", "x.csv")));
        assertEquals("evaluator 'table' needs evaluator-options file (the CSV) and column (the"
                + " metric), but had [file]", e.getMessage());
    }

    @Test
    void theSupernetNeedsTheRunsSpaceAndRejectsUnknownOptions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Evaluators().open("supernet", Map.of()));
        assertEquals("evaluator 'supernet' belongs to one search space, so it is opened by a"
                + " search run, which knows its space file", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Evaluators()
                .open("supernet", Map.of("epoch", "3"), "configs/spaces/mnist-small.yaml"));
        assertEquals("evaluator-options.epoch is not a known key of evaluator 'supernet';"
                + " expected one of " + String.join(", ", SupernetSettings.KEYS),
                e.getMessage());
    }
}
