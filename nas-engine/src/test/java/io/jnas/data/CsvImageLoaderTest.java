package io.jnas.data;

import static io.jnas.data.IdxLoaderTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImageLoaderTest {

    @TempDir
    Path tmp;

    @Test
    void readsTheRealDigitsCsv() {
        ImageDataset d = CsvImageLoader.load(TestData.dir().resolve("digits/digits.csv.gz"), 1, 8, 8,
                16f, "digits", 10);
        assertEquals(1797, d.size());
        assertEquals("1x8x8", d.shape());
        assertArrayEquals(new int[] {178, 182, 177, 183, 181, 182, 181, 179, 174, 180},
                d.labelCounts());
        // first row: 0,0,5,13,9,1,0,0,... label 0
        assertEquals(0, d.label(0));
        assertEquals(5f / 16, d.pixel(0, 2), 1e-6);
        assertEquals(13f / 16, d.pixel(0, 3), 1e-6);
    }

    @Test
    void plainCsvWithBlankLinesAndSpaces() throws IOException {
        Path p = write("a.csv", "0, 255, 128, 64, 1\n\n255,0,0,0,0\n");
        ImageDataset d = CsvImageLoader.load(p, 1, 2, 2, 255f, "a", 0);
        assertEquals(2, d.size());
        assertEquals(2, d.classes());
        assertEquals(1f, d.pixel(0, 1));
        assertEquals(1, d.label(0));
    }

    @Test
    void nonNumericPixelIsNamedWithLineAndColumn() throws IOException {
        Path p = write("b.csv", "1,2,3,4,0\n1,2,x3,4,0\n");
        assertMessage(p + ": line 2, column 3: pixel must be a number, but was 'x3'",
                () -> CsvImageLoader.load(p, 1, 2, 2, 16f, "b", 10));
    }

    @Test
    void wrongColumnCountIsNamed() throws IOException {
        Path p = write("c.csv", "1,2,3,0\n");
        assertMessage(p + ": line 1 must have 5 columns (4 pixels of 1x2x2, then the label), but had 4",
                () -> CsvImageLoader.load(p, 1, 2, 2, 16f, "c", 10));
    }

    @Test
    void badLabelAndPixelRangeAreNamed() throws IOException {
        Path p = write("d.csv", "1,2,3,4,10\n");
        assertMessage(p + ": line 1, column 5: label must be an integer in [0, 9], but was '10'",
                () -> CsvImageLoader.load(p, 1, 2, 2, 16f, "d", 10));
        Path q = write("e.csv", "1,2,17,4,1\n");
        assertMessage(q + ": line 1, column 3: pixel must be in [0, 16.0], but was 17",
                () -> CsvImageLoader.load(q, 1, 2, 2, 16f, "e", 10));
        Path r = write("f.csv", "1,2,3,4,1.5\n");
        assertMessage(r + ": line 1, column 5: label must be an integer in [0, 9], but was '1.5'",
                () -> CsvImageLoader.load(r, 1, 2, 2, 16f, "f", 10));
    }

    @Test
    void emptyFileAndBadScaleAreRejected() throws IOException {
        Path p = write("g.csv", "\n\n");
        assertMessage(p + ": must contain at least one row, but had none",
                () -> CsvImageLoader.load(p, 1, 2, 2, 16f, "g", 10));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvImageLoader.load(p, 1, 2, 2, 0f, "g", 10));
        assertEquals("maxValue must be > 0, but was 0.0", e.getMessage());
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
