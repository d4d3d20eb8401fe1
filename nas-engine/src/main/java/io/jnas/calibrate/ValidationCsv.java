package io.jnas.calibrate;

import io.jnas.arch.Architecture;
import io.jnas.arch.OpKey;
import io.jnas.cost.StaticCost;
import io.jnas.text.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The subnets a calibration or validation measured end to end, one CSV row each: which set it
 * belonged to, its block keys, MACs, table sum, predictions and the measured median, p10, p90 and
 * robust cv. A saved file holds all a predictor needs to be fitted and compared again offline
 * ({@code nas tables calibrate --from}), without measuring anything.
 *
 * <pre>{@code
 * ValidationCsv.write(file, "cpu-x", refHash, refMs, rows);
 * List<ValidationCsv.Row> back = ValidationCsv.read(file);
 * }</pre>
 */
public final class ValidationCsv {

    /** Set of a calibration net; held-out nets are {@link #HELD_OUT}. */
    public static final String CALIBRATION = "calibration";
    public static final String HELD_OUT = "held-out";

    static final String HEADER = "set,hash,blocks,mmacs,table_sum_ms,predicted_ms,flops_ms,"
            + "measured_ms,measured_p10_ms,measured_p90_ms,measured_cv,rounds,keys,architecture";

    private ValidationCsv() {
    }

    /** One measured subnet as saved. */
    public record Row(String set, String hash, List<OpKey> keys, double mmacs, double measuredMs,
            double p10Ms, double p90Ms, double cv) {
    }

    /** The lines at the top: the table's hardware and the reference level of the figures. */
    public record Header(String hardwareId, String referenceHash, double referenceMs) {
    }

    /** A sample with the set it belongs to, for writing. */
    public record Entry(String set, MeasuredSample sample) {
    }

    /** Writes every entry with the predictions of {@code predicted} and {@code flops}. */
    public static void write(Path file, String hardwareId, String referenceHash, double referenceMs,
            List<Entry> entries, ToDoubleFunction<MeasuredSample> predicted,
            ToDoubleFunction<Architecture> flops) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "# hardware_id: %s%n"
                + "# reference_hash: %s%n# reference_ms: %.6f%n%s%n", hardwareId, referenceHash,
                referenceMs, HEADER));
        for (Entry e : entries) {
            MeasuredSample s = e.sample();
            Architecture a = s.architecture();
            sb.append(String.format(Locale.ROOT, "%s,%s,%d,%.4f,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f,%.4f,"
                    + "%d,%s,\"%s\"%n", e.set(), a.hash(), a.blocks().size(),
                    StaticCost.of(a).macs() / 1e6, s.tableSumMs(), predicted.applyAsDouble(s),
                    flops.applyAsDouble(a), s.measured().medianMs(), s.measured().p10Ms(),
                    s.measured().p90Ms(), s.measured().cv(), s.measured().count(),
                    String.join(" ", a.opKeys().stream().map(OpKey::toString).toList()),
                    a.summary().replace("\"", "'")));
        }
        AtomicFile.write(file, sb);
    }

    /**
     * Reads a saved file.
     *
     * @throws IllegalArgumentException naming file, line and column when a row is not usable
     */
    public static List<Row> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read saved measurements", e);
        }
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (header == null) {
                header = Arrays.asList(f);
                for (String need : List.of("set", "hash", "mmacs", "measured_ms", "keys")) {
                    if (!header.contains(need)) {
                        throw new IllegalArgumentException(file + ":" + (i + 1) + ": the header must"
                                + " name column '" + need + "' (a file of `tables validate --out` or"
                                + " `tables calibrate --out`), but was '" + line + "'");
                    }
                }
                continue;
            }
            if (f.length < header.size()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": row must have "
                        + header.size() + " columns, but had " + f.length);
            }
            int line1 = i + 1;
            List<String> h = header;
            List<OpKey> keys = Arrays.stream(f[h.indexOf("keys")].trim().split(" "))
                    .map(OpKey::parse).toList();
            rows.add(new Row(f[h.indexOf("set")], f[h.indexOf("hash")], keys,
                    num(f, h, "mmacs", file, line1), num(f, h, "measured_ms", file, line1),
                    num(f, h, "measured_p10_ms", file, line1), num(f, h, "measured_p90_ms", file,
                            line1), num(f, h, "measured_cv", file, line1)));
        }
        if (header == null) {
            throw new IllegalArgumentException(file + ": no header line (empty file?)");
        }
        return rows;
    }

    /**
     * The {@code # key: value} lines of a saved file.
     *
     * @throws IllegalArgumentException naming the file and the line it lacks
     */
    public static Header header(Path file) {
        java.util.Map<String, String> v = new java.util.HashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (!line.startsWith("# ")) {
                    break;
                }
                int at = line.indexOf(": ");
                if (at > 0) {
                    v.put(line.substring(2, at), line.substring(at + 2).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read saved measurements", e);
        }
        for (String need : List.of("hardware_id", "reference_hash", "reference_ms")) {
            if (!v.containsKey(need)) {
                throw new IllegalArgumentException(file + ": must start with a '# " + need
                        + ": ...' line (a file of `tables validate --out` or `tables calibrate"
                        + " --out`), but had none");
            }
        }
        try {
            return new Header(v.get("hardware_id"), v.get("reference_hash"),
                    Double.parseDouble(v.get("reference_ms")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": reference_ms must be a number, but was '"
                    + v.get("reference_ms") + "'");
        }
    }

    private static double num(String[] f, List<String> header, String column, Path file, int line) {
        int at = header.indexOf(column);
        if (at < 0) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(f[at]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ":" + line + ": " + column + " must be a"
                    + " number, but was '" + f[at] + "'");
        }
    }
}
