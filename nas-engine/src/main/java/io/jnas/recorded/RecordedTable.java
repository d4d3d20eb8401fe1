package io.jnas.recorded;

import static java.util.Objects.requireNonNull;

import io.jnas.table.LatencyBounds;
import io.jnas.table.TableFormatException;
import io.jnas.text.InputFileException;
import io.jnas.text.TextFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;

/**
 * A recorded benchmark table: one row per architecture, an {@code arch} column holding its string
 * notation and numeric metric columns (accuracies after so many epochs, latency per device, ...),
 * as NAS-Bench-201 and HW-NAS-Bench publish them. Optional {@code #} lines before the header say
 * where the figures come from. Read strictly: a missing column, a repeated or unparsable
 * architecture, a row of the wrong width or a value that is not a finite number is refused with
 * {@code file:line: column 'x' ...}.
 *
 * <pre>{@code
 * # accuracy of our own cells: SynFlow at seed 1
 * arch,valid-acc-12,test-acc-200
 * |nor_conv_3x3~0|+|none~0|skip_connect~1|+|avg_pool_3x3~0|nor_conv_1x1~1|skip_connect~2|,71.2,89.9
 * }</pre>
 *
 * <pre>{@code
 * RecordedTable t = RecordedTable.load(file, s -> Cell.parse(s).toString());
 * double acc = t.value(cell.toString(), t.column("valid-acc-12")).orElseThrow();
 * }</pre>
 */
public final class RecordedTable {

    /** The name of the architecture column. */
    public static final String ARCH = "arch";

    private final Path file;
    private final List<String> comments;
    private final List<String> columns;
    private final int headerLine;
    private final Map<String, double[]> rows;
    private final Map<String, Integer> lines;

    private RecordedTable(Path file, List<String> comments, List<String> columns, int headerLine,
            Map<String, double[]> rows, Map<String, Integer> lines) {
        this.file = file;
        this.comments = List.copyOf(comments);
        this.columns = List.copyOf(columns);
        this.headerLine = headerLine;
        this.rows = Collections.unmodifiableMap(rows);
        this.lines = Map.copyOf(lines);
    }

    /**
     * Reads a table; each architecture string is normalized by {@code notation} (parsed and
     * printed, so equal architectures written differently are the same row).
     *
     * @throws TableFormatException naming the file, the line and the column
     */
    public static RecordedTable load(Path file, UnaryOperator<String> notation) {
        requireNonNull(notation, "notation");
        List<String> lines;
        try {
            lines = TextFile.read(file).lines().toList();
        } catch (InputFileException e) {
            throw new TableFormatException(file, 0, "", e.problem());
        }
        List<String> comments = new ArrayList<>();
        int i = 0;
        for (; i < lines.size() && (lines.get(i).startsWith("#") || lines.get(i).isBlank()); i++) {
            if (lines.get(i).startsWith("#")) {
                comments.add(lines.get(i).substring(1).strip());
            }
        }
        if (i == lines.size()) {
            throw new TableFormatException(file, 0, "", "has no header line (expected '" + ARCH
                    + ",<metric>,...')");
        }
        int headerLine = i + 1;
        List<String> header = fields(lines.get(i));
        if (header.indexOf(ARCH) < 0 || header.size() < 2) {
            throw new TableFormatException(file, headerLine, "header", "must name the column '"
                    + ARCH + "' and at least one metric column, but was '" + lines.get(i) + "'");
        }
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).isEmpty() || header.indexOf(header.get(c)) != c) {
                throw new TableFormatException(file, headerLine, "column '" + header.get(c) + "'",
                        header.get(c).isEmpty() ? "has no name" : "appears twice in the header");
            }
        }
        int arch = header.indexOf(ARCH);
        List<String> metrics = new ArrayList<>(header);
        metrics.remove(arch);
        Map<String, double[]> rows = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (i = i + 1; i < lines.size(); i++) {
            int line = i + 1;
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> f = fields(lines.get(i));
            if (f.size() != header.size()) {
                throw new TableFormatException(file, line, "", "has " + f.size() + " fields, but"
                        + " the header has " + header.size());
            }
            String key;
            try {
                key = notation.apply(f.get(arch));
            } catch (IllegalArgumentException e) {
                throw new TableFormatException(file, line, "column '" + ARCH + "'",
                        "is not an architecture: " + e.getMessage());
            }
            Integer first = firstLine.putIfAbsent(key, line);
            if (first != null) {
                throw new TableFormatException(file, line, "column '" + ARCH + "'", "repeats "
                        + key + " (first on line " + first + ")");
            }
            double[] v = new double[metrics.size()];
            for (int c = 0, m = 0; c < header.size(); c++) {
                if (c != arch) {
                    v[m++] = number(file, line, header.get(c), f.get(c));
                }
            }
            rows.put(key, v);
        }
        return new RecordedTable(file, comments, metrics, headerLine, rows, firstLine);
    }

    private static double number(Path file, int line, String column, String text) {
        try {
            double d = Double.parseDouble(text);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new TableFormatException(file, line, "column '" + column + "'",
                "must be a finite number, but was '" + text + "'");
    }

    /** Comma-separated fields, each stripped of blanks and of one pair of double quotes. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        for (String f : line.split(",", -1)) {
            String s = f.strip();
            if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
                s = s.substring(1, s.length() - 1).strip();
            }
            out.add(s);
        }
        return out;
    }

    public Path file() {
        return file;
    }

    /** The {@code #} lines before the header, without the {@code #}. */
    public List<String> comments() {
        return comments;
    }

    /** The metric columns, in file order (the {@code arch} column left out). */
    public List<String> columns() {
        return columns;
    }

    /**
     * The index of a metric column.
     *
     * @throws TableFormatException naming the header line and the columns there are
     */
    public int column(String name) {
        int c = columns.indexOf(name);
        if (c < 0) {
            throw new TableFormatException(file, headerLine, "column '" + name + "'",
                    "is missing; the table has " + String.join(", ", columns));
        }
        return c;
    }

    /**
     * The index of a column of latencies in ms, every value checked by {@link LatencyBounds}.
     *
     * @throws TableFormatException naming the line and column of the first value out of bounds
     */
    public int latencyColumn(String name) {
        int c = column(name);
        rows.forEach((key, v) -> {
            String problem = LatencyBounds.problem(v[c]);
            if (problem != null) {
                throw new TableFormatException(file, lines.get(key), "column '" + name + "'",
                        problem);
            }
        });
        return c;
    }

    /** Number of architectures. */
    public int size() {
        return rows.size();
    }

    /** The architectures' normalized strings, in file order. */
    public List<String> keys() {
        return List.copyOf(rows.keySet());
    }

    /** One architecture's value in a column; empty when the table has no such row. */
    public OptionalDouble value(String key, int column) {
        double[] v = rows.get(key);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v[column]);
    }

    /**
     * One architecture's value in a column.
     *
     * @throws IllegalArgumentException when the table has no row for it
     */
    public double require(String key, int column) {
        OptionalDouble v = value(key, column);
        if (v.isEmpty()) {
            throw new IllegalArgumentException("architecture " + key + " is not in " + file + " ("
                    + size() + " rows); a recorded table must hold every architecture the search"
                    + " can propose (restrict the space's ops to the table's, or record more)");
        }
        return v.getAsDouble();
    }
}
