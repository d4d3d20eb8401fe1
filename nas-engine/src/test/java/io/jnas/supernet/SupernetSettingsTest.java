package io.jnas.supernet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SupernetSettingsTest {

    @Test
    void readsOptionsOverTheDefaults() {
        SupernetSettings s = SupernetSettings.read(Map.of("epochs", "6", "random-subnets", "3",
                "distill", "false"));
        assertEquals(6, s.epochs());
        assertEquals(3, s.randomSubnets());
        assertEquals(SupernetSettings.defaults().trainSamples(), s.trainSamples());
        assertEquals("e6-b64-r3-lr0.001-cover", s.budget());
        assertEquals(6 * 125, s.totalSteps());
        SupernetSettings w = SupernetSettings.read(Map.of("epochs", "3", "warmup-epochs", "1"));
        assertEquals("e3-b64-r2-lr0.001-kd-w1-cover", w.budget());
        assertEquals(125, w.warmupSteps());
    }

    @Test
    void badOptionsNameTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SupernetSettings.read(Map.of("epoch", "6")));
        assertTrue(e.getMessage().startsWith("evaluator-options.epoch is not a known key of"
                + " evaluator 'supernet'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SupernetSettings.read(Map.of("batch", "many")));
        assertEquals("evaluator-options.batch must be an integer, but was 'many'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SupernetSettings.read(Map.of("epochs", "0")));
        assertEquals("epochs must be in [1, 10000], but was 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SupernetSettings.read(Map.of("epochs", "2", "warmup-epochs", "2")));
        assertEquals("warmupEpochs must be in [0, 1], but was 2", e.getMessage());
    }

    @Test
    void scoreSamplesFollowTheValidationImagesAndNameTheScoringNotTheBudget() {
        SupernetSettings all = SupernetSettings.read(Map.of("val-samples", "1000"));
        assertEquals(1000, all.scoreSamples());
        assertEquals("bn512", all.scoring());
        SupernetSettings part = SupernetSettings.read(Map.of("score-samples", "250",
                "calibration-samples", "128"));
        assertEquals("bn128-v250", part.scoring());
        assertEquals(SupernetSettings.defaults().budget(), part.budget());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SupernetSettings.read(Map.of("val-samples", "500", "score-samples", "600")));
        assertEquals("scoreSamples must be in [1, 500], but was 600", e.getMessage());
    }

    @Test
    void theStoreFolderNamesSpaceDataSeedAndBudget() {
        var space = ChoiceTextTest.space();
        SupernetStore store = SupernetStore.of(Path.of("runs/supernets"), space,
                SupernetSettings.defaults(), 10000);
        assertEquals("mnist-small-" + space.hash() + "-fashion-mnist10000-8000x2000-s1-e4-b64-r2"
                + "-lr0.001-kd-cover", store.dir().getFileName().toString());
    }
}
