package io.jnas.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TrainSettingsTest {

    @Test
    void budgetInEpochsOrSteps() {
        TrainSettings s = TrainSettings.defaults().withSamples(1000, 500).withBatchSize(64);
        assertEquals(16, s.stepsPerEpoch(), "the last batch of 40 is partial");
        assertEquals(2 * 16, s.withEpochs(2).totalSteps());
        assertEquals(5, s.withSteps(5).totalSteps());
        assertEquals("5 steps, batch 64, 1000 train / 500 validation samples, adam lr 0.003, seed 42",
                s.withSteps(5).describe());
        assertEquals("2 epochs, batch 64, 1000 train / 500 validation samples, adam lr 0.003, seed"
                + " 42, median stopping after 3", s.withEpochs(2).withMedianStopping(true, 3).describe());
    }

    @Test
    void badValuesAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainSettings.defaults().withBatchSize(0));
        assertEquals("batchSize must be in [1, 4096], but was 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> TrainSettings.defaults().withOptimizer(TrainSettings.OptimizerKind.SGD, 0f));
        assertEquals("learningRate must be in (0, 10], but was 0.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TrainSettings.defaults().withEpochs(0));
        assertEquals("epochs must be in [1, 1000], but was 0", e.getMessage());
    }
}
