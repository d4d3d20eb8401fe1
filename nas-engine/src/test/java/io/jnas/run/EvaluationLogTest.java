package io.jnas.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.Architecture;
import io.jnas.search.Evaluation;
import io.jnas.search.Spaces;
import io.jnas.space.SearchSpace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationLogTest {

    @TempDir
    Path tmp;

    static Evaluation evaluation(int index, long seed) {
        SearchSpace space = Spaces.load("mnist-small");
        Architecture a = space.resolve(space.sample(new SplittableRandom(seed)));
        Map<String, Double> lat = new LinkedHashMap<>();
        lat.put("local", 0.1 + 1.0 / 3 * seed);
        lat.put("edge", Math.PI * seed);
        return new Evaluation(index, index / 2, a.hash(), a, 0.9 + 1e-17 * index, lat, 1234, 5678,
                910, 0.8123456789012345, 12.5);
    }

    @Test
    void linesReadBackToEqualEvaluationsBitForBit() {
        Path f = tmp.resolve("evaluations.jsonl");
        try (EvaluationLog log = EvaluationLog.open(f, 0)) {
            for (int i = 0; i < 5; i++) {
                log.append(evaluation(i, i + 1));
            }
        }
        EvaluationLog.Contents c = EvaluationLog.read(f);
        assertEquals(List.of(evaluation(0, 1), evaluation(1, 2), evaluation(2, 3),
                evaluation(3, 4), evaluation(4, 5)), c.evaluations());
        assertEquals(false, c.tornTail());
    }

    @Test
    void aCutShortLastLineIsDroppedAndCutOffOnReopen() throws IOException {
        Path f = tmp.resolve("evaluations.jsonl");
        try (EvaluationLog log = EvaluationLog.open(f, 0)) {
            log.append(evaluation(0, 1));
            log.append(evaluation(1, 2));
        }
        String whole = EvaluationJson.toLine(evaluation(2, 3));
        Files.writeString(f, whole.substring(0, whole.length() / 2), StandardOpenOption.APPEND);
        EvaluationLog.Contents c = EvaluationLog.read(f);
        assertEquals(2, c.evaluations().size());
        assertTrue(c.tornTail());
        try (EvaluationLog log = EvaluationLog.open(f, c.validBytes())) {
            log.append(evaluation(2, 3));
        }
        assertEquals(3, EvaluationLog.read(f).evaluations().size());
        assertEquals(3, Files.readAllLines(f).size());
    }

    @Test
    void aDamagedLineInsideTheLogIsAnError() throws IOException {
        Path f = tmp.resolve("evaluations.jsonl");
        Files.writeString(f, EvaluationJson.toLine(evaluation(0, 1)) + "\n{oops}\n"
                + EvaluationJson.toLine(evaluation(2, 3)) + "\n");
        var e = assertThrows(IllegalArgumentException.class, () -> EvaluationLog.read(f));
        assertTrue(e.getMessage().startsWith(f + " line 2 is not a valid evaluation (not valid"
                + " JSON"), e.getMessage());
        assertTrue(e.getMessage().endsWith("the log is damaged"), e.getMessage());
    }

    @Test
    void indicesMustCountFromZero() throws IOException {
        Path f = tmp.resolve("evaluations.jsonl");
        Files.writeString(f, EvaluationJson.toLine(evaluation(1, 1)) + "\n");
        var e = assertThrows(IllegalArgumentException.class, () -> EvaluationLog.read(f));
        assertEquals(f + " line 1 is not a valid evaluation (index must be 0, but was 1); the log"
                + " is damaged", e.getMessage());
    }
}
