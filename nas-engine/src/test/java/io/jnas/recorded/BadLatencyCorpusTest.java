package io.jnas.recorded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.table.TableFormatException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of latency tables under {@code bad-latency/} that {@code nas bench --latency} (and
 * the {@code recorded} predictor) must refuse: each file's first line is {@code # expect: <text
 * after the file name>}. Every column is read as a device's latency, as bench does. The same
 * rule ({@link io.jnas.table.LatencyBounds}) guards lookup tables (see {@code LookupTableTest}).
 */
class BadLatencyCorpusTest {

    private static final String EXPECT = "# expect: ";
    private static final String A =
            "|nor_conv_3x3~0|+|none~0|skip_connect~1|+|avg_pool_3x3~0|nor_conv_1x1~1|skip_connect~2|";

    static Stream<Path> files() throws IOException, URISyntaxException {
        Path dir = Path.of(BadLatencyCorpusTest.class.getResource("/bad-latency").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList().stream();
        }
    }

    @Test
    void corpusCoversTheCases() throws Exception {
        assertTrue(files().count() >= 7, "bad-latency/ must hold at least 7 files");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void failsWithItsExactMessage(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String first = new String(bytes, StandardCharsets.ISO_8859_1).lines().findFirst()
                .orElseThrow();
        assertTrue(first.startsWith(EXPECT), file + " must start with '" + EXPECT + "'");

        TableFormatException e = assertThrows(TableFormatException.class, () -> {
            RecordedTable t = new RecordedTables().load(file);
            t.columns().forEach(c -> new RecordedLatency(t, c));
        });

        assertEquals(file + first.substring(EXPECT.length()), e.getMessage());
    }

    @Test
    void theLargestAcceptedLatencyIsTheDocumentedMaximum(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("l.csv"), "arch,pixel3\n" + A + ",1000000\n");

        RecordedLatency l = new RecordedTables().latency(f, "pixel3");

        assertEquals("pixel3", l.hardwareId());
    }

    @Test
    void byteOrderMarkBeforeTheHeaderIsDropped(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bom.csv");
        Files.write(f, ("\uFEFFarch,pixel3\n" + A + ",2.5\n").getBytes(StandardCharsets.UTF_8));

        RecordedTable t = new RecordedTables().load(f);

        assertEquals(2.5, t.require(t.keys().get(0), t.latencyColumn("pixel3")));
    }
}
