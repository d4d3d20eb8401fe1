package io.jnas.recorded;

import static java.util.Objects.requireNonNull;

import io.jnas.accuracy.AccuracyEvaluator;
import io.jnas.arch.Architecture;
import io.jnas.arch.Design;
import java.util.Map;
import java.util.Set;

/**
 * The {@code table} accuracy evaluator: a recorded table's column read as the accuracy of each
 * design (by its {@link Design#notation()}), e.g. NAS-Bench-201's 12-epoch validation accuracy.
 * Options: {@code file} (the CSV) and {@code column}.
 */
public final class TableAccuracy implements AccuracyEvaluator {

    /** The name of this evaluator in configs. */
    public static final String NAME = "table";

    private final RecordedTable table;
    private final int column;
    private final String columnName;

    /**
     * @throws io.jnas.table.TableFormatException when the table has no such column
     */
    public TableAccuracy(RecordedTable table, String column) {
        this.table = requireNonNull(table, "table");
        this.column = table.column(requireNonNull(column, "column"));
        this.columnName = column;
    }

    /**
     * The evaluator of a config's {@code evaluator-options}: {@code file} and {@code column}.
     *
     * @throws IllegalArgumentException naming a missing or unknown option
     */
    public static TableAccuracy open(RecordedTables tables, Map<String, String> options) {
        for (String k : options.keySet()) {
            if (!Set.of("file", "column").contains(k)) {
                throw new IllegalArgumentException("evaluator-options of evaluator 'table' must be"
                        + " file and column, but had '" + k + "'");
            }
        }
        if (options.get("file") == null || options.get("column") == null) {
            throw new IllegalArgumentException("evaluator 'table' needs evaluator-options file"
                    + " (the CSV) and column (the metric), but had " + options.keySet());
        }
        return tables.accuracy(java.nio.file.Path.of(options.get("file")), options.get("column"));
    }

    @Override
    public String name() {
        return NAME;
    }

    public RecordedTable table() {
        return table;
    }

    public String column() {
        return columnName;
    }

    @Override
    public double evaluate(Architecture architecture) {
        return evaluate((Design) architecture);
    }

    /** @throws IllegalArgumentException when the table has no row for the design */
    @Override
    public double evaluate(Design design) {
        return table.require(design.notation(), column);
    }
}
