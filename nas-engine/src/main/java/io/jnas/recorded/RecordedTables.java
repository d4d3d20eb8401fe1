package io.jnas.recorded;

import io.jnas.cell.Cell;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads recorded tables of cell strings once per file: a benchmark replays the same tables in
 * dozens of runs, and a NAS-Bench-201 table of 15,625 rows takes a noticeable part of a second to
 * parse. Rows are keyed by the cell's string as {@link Cell#toString()} prints it.
 *
 * <pre>{@code
 * RecordedTables tables = new RecordedTables();
 * AccuracyEvaluator acc = tables.accuracy(Path.of("A.csv"), "valid-acc-12");
 * LatencyPredictor pixel = tables.latency(Path.of("L.csv"), "pixel3");
 * }</pre>
 */
public final class RecordedTables {

    private final Map<Path, RecordedTable> loaded = new ConcurrentHashMap<>();

    /**
     * The table of a file, read on first use.
     *
     * @throws io.jnas.table.TableFormatException naming the file, line and column
     */
    public RecordedTable load(Path file) {
        return loaded.computeIfAbsent(file.toAbsolutePath().normalize(),
                f -> RecordedTable.load(file, s -> Cell.parse(s).toString()));
    }

    /** The {@code table} evaluator: one column of a table as the accuracy. */
    public TableAccuracy accuracy(Path file, String column) {
        return new TableAccuracy(load(file), column);
    }

    /** The {@code recorded} predictor of a device: the table's column named after it. */
    public RecordedLatency latency(Path file, String device) {
        return new RecordedLatency(load(file), device);
    }
}
