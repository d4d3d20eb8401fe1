package io.jnas.table;

import io.jnas.arch.OpKey;
import io.jnas.text.AtomicFile;
import java.nio.file.Path;
import java.util.Locale;

/** Writes a table file: metadata lines, a CSV header, rows sorted by key, an end line. */
final class LookupTableWriter {

    private LookupTableWriter() {
    }

    static void write(LookupTable t, Path file) {
        StringBuilder sb = new StringBuilder(128 * (t.size() + 20));
        header(sb, t.metadata());
        for (LatencyEntry e : t.entries()) {
            row(sb, e);
        }
        sb.append(TableColumns.END).append(t.size()).append('\n');
        writeAtomically(file, sb);
    }

    /** Writes text to a temporary file beside the target, then moves it into place. */
    static void writeAtomically(Path file, CharSequence text) {
        AtomicFile.write(file, text);
    }

    /** The magic line, the metadata lines and the column header. */
    static void header(StringBuilder sb, TableMetadata m) {
        sb.append(TableColumns.MAGIC).append('\n');
        meta(sb, "schema_version", m.schemaVersion());
        meta(sb, "hardware_id", m.hardwareId());
        meta(sb, "device_name", m.deviceName());
        meta(sb, "engine", m.engine());
        meta(sb, "engine_version", m.engineVersion());
        meta(sb, "device", m.device());
        meta(sb, "dtype", m.dtype());
        meta(sb, "batch", m.batch());
        meta(sb, "threads", m.threads());
        meta(sb, "warmup", m.warmup());
        meta(sb, "repetitions", m.repetitions());
        meta(sb, "rounds", m.rounds());
        meta(sb, "agent_version", m.agentVersion());
        meta(sb, "created", m.created());
        meta(sb, "spaces", String.join(" ", m.spaces()));
        sb.append(String.join(",", TableColumns.HEADER)).append('\n');
    }

    private static void meta(StringBuilder sb, String key, Object value) {
        String v = String.valueOf(value);
        if (v.contains("\n")) {
            throw new IllegalArgumentException(key + " must be one line, but was '" + v + "'");
        }
        sb.append("# ").append(key).append(": ").append(v).append('\n');
    }

    static void row(StringBuilder sb, LatencyEntry e) {
        OpKey k = e.key();
        sb.append(k.type().id()).append(',').append(k.inChannels()).append(',')
                .append(k.outChannels()).append(',').append(k.kernel()).append(',')
                .append(k.stride()).append(',').append(k.expand()).append(',')
                .append(k.activation() == null ? "none" : k.activation().id()).append(',')
                .append(k.se() ? 1 : 0).append(',').append(k.inHeight()).append(',')
                .append(k.inWidth()).append(',').append(num(e.medianMs())).append(',')
                .append(num(e.meanMs())).append(',').append(num(e.p10Ms())).append(',')
                .append(num(e.p90Ms())).append(',').append(num(e.stdMs())).append(',')
                .append(String.format(Locale.ROOT, "%.4f", e.cv())).append(',').append(e.count())
                .append(',').append(e.remeasured()).append(',').append(e.unstable()).append(',')
                .append(e.measuredAtEpochMs()).append('\n');
    }

    private static String num(double ms) {
        return String.format(Locale.ROOT, "%.5f", ms);
    }
}
