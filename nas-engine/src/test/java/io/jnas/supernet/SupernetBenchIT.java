package io.jnas.supernet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.data.Split;
import io.jnas.data.TestData;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code nas supernet bench} on real images: one line per measure, each with real figures. */
class SupernetBenchIT {

    @BeforeAll
    static void load() {
        SupernetTrainerIT.load();
    }

    @Test
    void timesStepsAndScoresForEverySize() {
        List<String> lines = SupernetBench.run(SupernetTrainerIT.space, SupernetTrainerIT.split,
                SupernetTrainerIT.SETTINGS, 2, 3, List.of(new SupernetBench.ScoreSizes(64, 100),
                        new SupernetBench.ScoreSizes(32, 50)));

        assertEquals(5, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("engine threads 1,"), lines.get(0));
        assertTrue(positive(lines.get(1), "sandwich step \\(3 passes\\): ([0-9.]+) ms/step"),
                lines.get(1));
        assertTrue(positive(lines.get(2), "ModelBuilder standalone ([0-9.]+) ms/step"),
                lines.get(2));
        assertTrue(positive(lines.get(3), "64 calibration / 100 validation images: ([0-9.]+)"
                + " ms/subnet"), lines.get(3));
        assertTrue(positive(lines.get(4), "32 calibration / 50 validation images: ([0-9.]+)"
                + " ms/subnet"), lines.get(4));
    }

    @Test
    void refusesABatchLargerThanTheTrainingImages() {
        Split tiny = Split.stratified(TestData.mnistTest(), 20, 20, 5L).standardized();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SupernetBench.run(SupernetTrainerIT.space, tiny, SupernetTrainerIT.SETTINGS,
                        1, 1, List.of()));

        assertEquals("train-samples must be at least the batch (32) to time a step, but was 20",
                e.getMessage());
    }

    private static boolean positive(String line, String regex) {
        Matcher m = Pattern.compile(regex).matcher(line);
        return m.find() && Double.parseDouble(m.group(1)) > 0;
    }
}
