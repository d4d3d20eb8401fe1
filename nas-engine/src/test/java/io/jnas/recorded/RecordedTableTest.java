package io.jnas.recorded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.Design;
import io.jnas.cell.Cell;
import io.jnas.cell.CellNetwork;
import io.jnas.cell.CellSkeleton;
import io.jnas.table.TableFormatException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordedTableTest {

    static final String A = "|nor_conv_3x3~0|+|none~0|none~1|+|none~0|none~1|none~2|";
    static final String B = "|none~0|+|none~0|none~1|+|none~0|none~1|skip_connect~2|";

    @TempDir
    Path dir;

    private RecordedTable load(String text) {
        return new RecordedTables().load(TestTables.write(dir.resolve("t.csv"), text));
    }

    @Test
    void readsCommentsColumnsAndRowsByNormalizedCellString() {
        RecordedTable t = load("# measured on a test machine\n\narch,valid,test\n"
                + " \"" + A + "\" , 71.5, 90\n" + B + ",10,10.5\n");
        assertEquals(List.of("measured on a test machine"), t.comments());
        assertEquals(List.of("valid", "test"), t.columns());
        assertEquals(2, t.size());
        assertEquals(List.of(A, B), t.keys());
        assertEquals(71.5, t.value(A, t.column("valid")).getAsDouble());
        assertEquals(10.5, t.require(B, t.column("test")));
        assertTrue(t.value("|none~0|+|none~0|none~1|+|none~0|none~1|none~2|", 0).isEmpty());
    }

    @Test
    void theEvaluatorAndPredictorLookUpADesignsNotation() {
        Path f = TestTables.write(dir.resolve("t.csv"), "arch,valid,pixel\n" + A + ",71.5,3.25\n");
        RecordedTables tables = new RecordedTables();
        Design d = new CellNetwork(Cell.parse(A), CellSkeleton.NAS_BENCH_201_CIFAR10);
        TableAccuracy acc = TableAccuracy.open(tables, Map.of("file", f.toString(),
                "column", "valid"));
        assertEquals(71.5, acc.evaluate(d));
        assertEquals(3.25, tables.latency(f, "pixel").predictMs(d));
        assertEquals("pixel", tables.latency(f, "pixel").hardwareId());
        Design missing = new CellNetwork(Cell.parse(B), CellSkeleton.NAS_BENCH_201_CIFAR10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> acc.evaluate(missing));
        assertTrue(e.getMessage().startsWith("architecture " + B + " is not in " + f
                + " (1 rows)"), e.getMessage());
    }

    @Test
    void aMissingColumnNamesTheHeaderLineAndTheColumnsThereAre() {
        RecordedTable t = load("# c\narch,valid\n" + A + ",1\n");
        TableFormatException e = assertThrows(TableFormatException.class,
                () -> t.column("test-acc-200"));
        assertEquals(dir.resolve("t.csv") + ":2: column 'test-acc-200' is missing; the table"
                + " has valid", e.getMessage());
        assertThrows(TableFormatException.class, () -> new RecordedTables().latency(
                dir.resolve("t.csv"), "pixel3"));
    }

    @Test
    void evaluatorOptionsAreChecked() {
        RecordedTables tables = new RecordedTables();
        assertEquals("evaluator 'table' needs evaluator-options file (the CSV) and column (the"
                + " metric), but had [file]", assertThrows(IllegalArgumentException.class,
                        () -> TableAccuracy.open(tables, Map.of("file", "x.csv"))).getMessage());
        assertEquals("evaluator-options of evaluator 'table' must be file and column, but had"
                + " 'epochs'", assertThrows(IllegalArgumentException.class,
                        () -> TableAccuracy.open(tables, Map.of("epochs", "2"))).getMessage());
    }

    /** The bad-table corpus: each file, and the one message it gets (after "t.csv"). */
    @ParameterizedTest
    @CsvSource(delimiter = '@', value = {
        "@: has no header line (expected 'arch,<metric>,...')",
        "# only a comment\\n@: has no header line (expected 'arch,<metric>,...')",
        "name,valid\\n@:1: header must name the column 'arch' and at least one metric column,"
                + " but was 'name,valid'",
        "arch\\n@:1: header must name the column 'arch' and at least one metric column, but was"
                + " 'arch'",
        "arch,valid,valid\\n@:1: column 'valid' appears twice in the header",
        "arch,,valid\\n@:1: column '' has no name",
        "arch,valid\\nA,1,2\\n@:2: has 3 fields, but the header has 2",
        "# c\\narch,valid\\nA,1\\n|nor_conv_3x3~0|+|none~0|none~1|\\n@:4: has 1 fields, but the"
                + " header has 2",
        "arch,valid\\n|conv~0|+|none~0|none~1|+|none~0|none~1|none~2|,1\\n@:2: column 'arch' is"
                + " not an architecture: cell '|conv~0|+|none~0|none~1|+|none~0|none~1|none~2|'"
                + " edge 0 -> 1: op must be one of none, skip_connect, nor_conv_1x1,"
                + " nor_conv_3x3, avg_pool_3x3, but was 'conv'",
        "arch,valid\\nA,1\\nB,2\\n\"A\",3\\n@:4: column 'arch' repeats A (first on line 2)",
        "arch,valid\\nA,seventy\\n@:2: column 'valid' must be a finite number, but was 'seventy'",
        "arch,valid\\nA,\\n@:2: column 'valid' must be a finite number, but was ''",
        "arch,valid\\nA,NaN\\n@:2: column 'valid' must be a finite number, but was 'NaN'",
        "arch,valid,lat\\nA,1,Infinity\\n@:2: column 'lat' must be a finite number, but was"
                + " 'Infinity'",
    })
    void badTablesGetOneMessageNamingFileLineAndColumn(String text, String problem) {
        String file = text == null ? ""
                : text.replace("\\n", "\n").replace("A", A).replace("B", B).strip();
        TableFormatException e = assertThrows(TableFormatException.class,
                () -> load(file.isEmpty() ? "" : file + "\n"));
        assertEquals(dir.resolve("t.csv") + problem.replace("A", A), e.getMessage());
    }

    @Test
    void aMissingFileIsSaidSo() {
        TableFormatException e = assertThrows(TableFormatException.class,
                () -> new RecordedTables().load(dir.resolve("none.csv")));
        assertEquals(dir.resolve("none.csv") + ": does not exist", e.getMessage());
    }
}
