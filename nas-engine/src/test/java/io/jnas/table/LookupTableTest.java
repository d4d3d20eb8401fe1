package io.jnas.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.OpKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LookupTableTest {

    @TempDir
    Path dir;

    static TableMetadata metadata() {
        return new TableMetadata(1, "cpu-test", "Test CPU", "pytorch", "2.7.1", "cpu", "float32", 1,
                1, 10, 10, 5, "0.1.0", Instant.parse("2026-11-23T12:00:00Z"),
                List.of("mnist-small@0123456789abcdef"));
    }

    static LookupTable table() {
        List<LatencyEntry> es = new ArrayList<>();
        String[] keys = {"stem:i1:o16:k3:s1:e1:relu:se0:28x28", "mbconv:i16:o24:k5:s2:e6:silu:se1:28x28",
            "head:i64:o128:k1:s1:e1:relu:se0:7x7", "fc:i128:o10:k1:s1:e1:none:se0:1x1"};
        for (int i = 0; i < keys.length; i++) {
            es.add(new LatencyEntry(OpKey.parse(keys[i]), 0.1 + i, 0.11 + i, 0.09 + i, 0.2 + i,
                    0.01, 0.05, 50, i % 2, i == 3, 1_700_000_000_000L + i));
        }
        return LookupTable.of(metadata(), es);
    }

    @Test
    void roundTripIsExact() throws IOException {
        Path f = LookupTable.fileOf(dir, "cpu-test");
        LookupTable t = table();
        t.write(f);
        LookupTable back = LookupTable.load(f);
        assertEquals(t.metadata(), back.metadata());
        assertEquals(List.copyOf(t.entries()), List.copyOf(back.entries()));
        String first = Files.readString(f);
        back.write(f);
        assertEquals(first, Files.readString(f));
        assertTrue(first.lines().anyMatch(l -> l.startsWith("fc,128,10,1,1,1,none,0,1,1,")), first);
    }

    static Stream<Arguments> corrupt() {
        return Stream.of(
            c("empty file", s -> "", "must start with '# jnas lookup table'"),
            c("wrong magic", s -> s.replace("# jnas lookup table", "# table"), "must start with"),
            c("schema", s -> s.replace("# schema_version: 1", "# schema_version: 2"),
                    ":2: schema_version must be 1, but was 2"),
            c("unknown meta", s -> s.replace("# dtype:", "# dtipe:"),
                    ":8: dtipe is not a known metadata line"),
            c("missing meta", s -> s.replace("# threads: 1\n", ""), "threads is missing"),
            c("duplicate meta", s -> s.replace("# threads: 1\n", "# threads: 1\n# threads: 2\n"),
                    "threads appears twice"),
            c("bad batch", s -> s.replace("# batch: 1", "# batch: one"),
                    "batch must be an integer, but was 'one'"),
            c("bad date", s -> s.replace("2026-11-23T12:00:00Z", "yesterday"),
                    "created must be an ISO-8601 instant"),
            c("hardware id mismatch", s -> s.replace("# hardware_id: cpu-test", "# hardware_id: gpu-x"),
                    "hardware_id must match the file name"),
            c("bad header", s -> s.replace("median_ms,", "med,"), ":17: header must be type,in,"),
            c("truncated row", s -> s.replace(",0.0500,50,1,false", ""),
                    ":20: row must have 20 comma-separated fields, but had 16"),
            c("not a number", s -> s.replace("1.10000,1.11000", "1.1x,1.11000"),
                    ":20: median_ms must be a number, but was '1.1x'"),
            c("negative median", s -> s.replace("1.10000,1.11000", "-1.10000,1.11000"),
                    ":20: median_ms must be a latency in ms in (0, 1000000], but was -1.1"),
            c("zero median", s -> s.replace("1.10000,1.11000", "0,1.11000"),
                    ":20: median_ms must be a latency in ms in (0, 1000000], but was 0"),
            c("huge median, small spread", s -> s.replace("1.10000,1.11000,1.09000,1.20000",
                    "1e308,1.11000,0.1,0.1"),
                    ":20: median_ms must be a latency in ms in (0, 1000000], but was 1.0e308"),
            c("p10 above median", s -> s.replace("1.10000,1.11000,1.09000",
                    "1.10000,1.11000,1.50000"), ":20: p10_ms must be at most median_ms, but 1.5"
                    + " > 1.1"),
            c("p90 below median", s -> s.replace("1.09000,1.20000", "1.09000,1.00000"),
                    ":20: p90_ms must be at least median_ms, but 1 < 1.1"),
            c("bad activation", s -> s.replace(",silu,", ",swishy,"),
                    ":20: activation must be one of relu,"),
            c("bad type", s -> s.replace("stem,1,16", "stam,1,16"),
                    "type must be one of stem, mbconv, head, fc, but was 'stam'"),
            c("impossible block", s -> s.replace("mbconv,16,24,5", "mbconv,16,24,4"),
                    ":20: key is not a valid block: kernel must be odd, but was 4"),
            c("duplicate key", s -> s.replace("# end rows=4\n",
                    s.lines().filter(l -> l.startsWith("stem,")).findFirst().orElseThrow()
                            + "\n# end rows=5\n"), "stem:i1:o16:k3:s1:e1:relu:se0:28x28 appears twice"),
            c("truncated file", s -> s.substring(0, s.indexOf("# end")), "the table is truncated"),
            c("cut at a line", s -> s.replace("# end rows=4", "# end rows=5"),
                    "end says 5 rows, but the table has 4"),
            c("bad se", s -> s.replace(",silu,1,", ",silu,yes,"), "se must be 0 or 1, but was 'yes'"),
            c("bad count", s -> s.replace(",0.0500,50,", ",0.0500,fifty,"),
                    "count must be an integer, but was 'fifty'"),
            c("trailing content", s -> s + "stem,1\n", "has content after the end line"));
    }

    static Arguments c(String name, UnaryOperator<String> edit, String message) {
        return Arguments.of(name, edit, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corrupt")
    void refusesCorruptTables(String name, UnaryOperator<String> edit, String message)
            throws IOException {
        Path f = LookupTable.fileOf(dir, "cpu-test");
        table().write(f);
        Files.writeString(f, edit.apply(Files.readString(f)));
        TableFormatException e = assertThrows(TableFormatException.class, () -> LookupTable.load(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(message), "expected '" + message + "' in: " + e.getMessage());
    }

    @Test
    void journalDropsTornLastRowAndKeepsTheRest() throws IOException {
        LookupTable t = table();
        try (MeasurementJournal j = MeasurementJournal.open(dir, metadata())) {
            t.entries().forEach(j::append);
        }
        Path f = MeasurementJournal.fileOf(dir, "cpu-test");
        String full = Files.readString(f);
        Files.writeString(f, full.substring(0, full.length() - 9)); // killed mid-write
        LookupTable back = MeasurementJournal.read(f);
        assertEquals(3, back.size());
        // appending after the torn row starts on a fresh line
        try (MeasurementJournal j = MeasurementJournal.open(dir, metadata())) {
            assertEquals(3, MeasurementJournal.read(j.file()).size());
        }
    }
}
