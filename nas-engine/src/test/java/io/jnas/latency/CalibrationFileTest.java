package io.jnas.latency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnas.arch.OpKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationFileTest {

    /** A sidecar as written before feature sets (this machine's PyTorch table until now). */
    private static final String LEGACY = """
            {
              "slope" : 0.9759922685696505,
              "per_block_ms" : 0.366629461385776,
              "intercept_ms" : -2.1024261014307477,
              "samples" : 20,
              "r2" : 0.7614683210492053,
              "fitted" : "2026-12-05T00:55:14.078828381Z"
            }
            """;

    private static final List<OpKey> NET = List.of(
            OpKey.parse("stem:i1:o16:k3:s2:e1:relu:se0:28x28"),
            OpKey.parse("mbconv:i16:o24:k5:s1:e3:silu:se0:14x14"),
            OpKey.parse("mbconv:i24:o32:k7:s2:e6:hardswish:se1:14x14"),
            OpKey.parse("head:i32:o128:k1:s1:e1:relu:se0:7x7"),
            OpKey.parse("fc:i128:o10:k1:s1:e1:none:se0:1x1"));

    @Test
    void aFileOfTheOldFormatLoadsAsTheLegacySet(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("old.calibration.json");
        Files.writeString(f, LEGACY);
        Calibration c = Calibration.load(f);
        assertEquals("sum-blocks", c.featureSet());
        assertEquals(0.9759922685696505 * 4 + 0.366629461385776 * 5 - 2.1024261014307477,
                c.apply(4, 5), 1e-12);
        assertEquals(c.apply(4, 5), c.apply(NET, k -> 0.8), 1e-12);
        assertEquals(1, c.bandLow());
        assertEquals(Double.NaN, c.referenceMs());
    }

    @Test
    void aFeatureSetCalibrationSurvivesTheFile(@TempDir Path dir) {
        double[] w = new double[BlockFeatures.set("kinds-act").size()];
        for (int j = 0; j < w.length; j++) {
            w[j] = 0.01 * (j + 1);
        }
        Calibration c = new Calibration(BlockFeatures.set("kinds-act"), w, 300, 0.9,
                Instant.parse("2026-12-05T10:00:00Z"), 0.95, 1.06, "c38a737ba07b2a10", 0.466);
        c.write(dir.resolve("x.calibration.json"));
        // band and reference: CalibrationFitTest
        Calibration back = Calibration.load(dir.resolve("x.calibration.json"));
        assertEquals("kinds-act", back.featureSet());
        assertArrayEquals(w, back.weights(), 1e-15);
        assertEquals(c.apply(NET, k -> 0.3), back.apply(NET, k -> 0.3), 1e-12);
    }

    @Test
    void aFeatureThisVersionDoesNotKnowIsNamed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("new.calibration.json");
        Files.writeString(f, "{\"weights\": {\"intercept\": 0.1, \"gpu_clock\": 2},"
                + " \"samples\": 3, \"fitted\": \"2026-12-05T00:00:00Z\"}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Calibration.load(f));
        assertEquals(f + ": weights.gpu_clock must name a feature of " + BlockFeatures.NAMES
                + " (a calibration of a newer jnas?)", e.getMessage());
    }

    @Test
    void aCalibrationOnBlockKindsNeedsTheKeys() {
        Calibration c = new Calibration(BlockFeatures.set("stages"),
                new double[BlockFeatures.set("stages").size()], 10, 0, Instant.EPOCH, 1, 1, "",
                Double.NaN);
        assertThrows(IllegalStateException.class, () -> c.apply(3, 5));
    }
}
