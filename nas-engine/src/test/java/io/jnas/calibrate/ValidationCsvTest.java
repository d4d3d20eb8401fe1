package io.jnas.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnas.arch.OpKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationCsvTest {

    @Test
    void aSavedRunHoldsWhatARefitNeeds() {
        Path f = PredictorTrialTest.resource("ort-validation.csv");
        ValidationCsv.Header h = ValidationCsv.header(f);
        assertEquals("cpu-amd-epyc-onnxruntime-1-23-2-t1", h.hardwareId());
        assertEquals("c38a737ba07b2a10", h.referenceHash());
        List<ValidationCsv.Row> rows = ValidationCsv.read(f);
        assertEquals(50, rows.size());
        ValidationCsv.Row r = rows.get(0);
        assertEquals(ValidationCsv.HELD_OUT, r.set());
        assertEquals(OpKey.parse("stem:i1:o16:k3:s2:e1:relu:se0:28x28"), r.keys().get(0));
        assertEquals("fc", r.keys().get(r.keys().size() - 1).type().toString().toLowerCase());
        assertEquals(true, r.p10Ms() <= r.measuredMs() && r.measuredMs() <= r.p90Ms());
    }

    @Test
    void aFileWithoutTheKeysColumnIsRefusedByName(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("old.csv");
        Files.writeString(f, "hash,blocks,mflops,table_sum_ms,measured_ms\nab,5,1.0,0.5,0.6\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ValidationCsv.read(f));
        assertEquals(f + ":1: the header must name column 'set' (a file of `tables validate --out`"
                + " or `tables calibrate --out`), but was 'hash,blocks,mflops,table_sum_ms,"
                + "measured_ms'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ValidationCsv.header(f));
    }

    @Test
    void aBadNumberNamesLineAndColumn(@TempDir Path dir) throws Exception {
        Path src = PredictorTrialTest.resource("ort-validation.csv");
        List<String> lines = Files.readAllLines(src);
        int at = 4; // first data row: three '#' lines and the header above it
        String[] cells = lines.get(at).split(",", -1);
        cells[7] = "1.2x";
        lines.set(at, String.join(",", cells));
        Path f = dir.resolve("bad.csv");
        Files.write(f, lines);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ValidationCsv.read(f));
        assertEquals(f + ":5: measured_ms must be a number, but was '1.2x'", e.getMessage());
    }
}
