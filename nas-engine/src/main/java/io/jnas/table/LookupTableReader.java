package io.jnas.table;

import io.jnas.arch.Activation;
import io.jnas.arch.BlockType;
import io.jnas.arch.OpKey;
import io.jnas.text.InputFileException;
import io.jnas.text.TextFile;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Strict reader of table files: refuses corrupt, truncated or mismatched tables. */
final class LookupTableReader {

    private final Path file;
    private final boolean journal;
    private int line;
    private final Map<String, Integer> metaLines = new HashMap<>();

    private LookupTableReader(Path file, boolean journal) {
        this.file = file;
        this.journal = journal;
    }

    static LookupTable read(Path file) {
        return new LookupTableReader(file, false).parse();
    }

    /**
     * Reads a measurement journal: a table without an end line whose last row may be torn by a
     * kill in the middle of a write; such a row is dropped (it is measured again).
     */
    static LookupTable readJournal(Path file) {
        return new LookupTableReader(file, true).parse();
    }

    private TableFormatException fail(String field, String problem) {
        return new TableFormatException(file, line, field, problem);
    }

    private LookupTable parse() {
        List<String> lines;
        boolean torn;
        try {
            String text = TextFile.read(file);
            torn = journal && !text.isEmpty() && !text.endsWith("\n");
            lines = new ArrayList<>(text.lines().toList());
            if (torn) {
                lines.remove(lines.size() - 1);
            }
        } catch (InputFileException e) {
            throw fail("", e.problem());
        }
        line = 1;
        if (lines.isEmpty() || !lines.get(0).equals(TableColumns.MAGIC)) {
            throw fail("", "must start with '" + TableColumns.MAGIC + "'");
        }
        Map<String, String> meta = new HashMap<>();
        metaLines.clear();
        int i = 1;
        for (; i < lines.size() && lines.get(i).startsWith("# "); i++) {
            line = i + 1;
            String l = lines.get(i).substring(2);
            int colon = l.indexOf(": ");
            String key = colon < 0 ? l : l.substring(0, colon);
            if (colon < 0 || !TableColumns.META_KEYS.contains(key)) {
                throw fail(key, "is not a known metadata line; expected '# <key>: <value>' with key"
                        + " one of " + String.join(", ", TableColumns.META_KEYS));
            }
            metaLines.putIfAbsent(key, line);
            if (meta.put(key, l.substring(colon + 2)) != null) {
                throw fail(key, "appears twice");
            }
        }
        for (String k : TableColumns.META_KEYS) {
            if (!meta.containsKey(k)) {
                throw fail(k, "is missing from the metadata header");
            }
        }
        TableMetadata metadata = metadata(meta);
        line = metaLines.get("hardware_id");
        String expectedName = metadata.hardwareId() + (journal ? ".journal.csv" : ".csv");
        if (!file.getFileName().toString().equals(expectedName)) {
            throw fail("hardware_id", "must match the file name, but the file of '"
                    + metadata.hardwareId() + "' is named " + file.getFileName()
                    + " (expected " + expectedName + ")");
        }
        line = i + 1;
        if (i >= lines.size() || !lines.get(i).equals(String.join(",", TableColumns.HEADER))) {
            throw fail("header", "must be " + String.join(",", TableColumns.HEADER));
        }
        List<LatencyEntry> entries = new ArrayList<>();
        Set<OpKey> seen = new HashSet<>();
        boolean ended = false;
        for (i = i + 1; i < lines.size(); i++) {
            line = i + 1;
            String l = lines.get(i);
            if (l.startsWith(TableColumns.END)) {
                int rows = parseInt(l.substring(TableColumns.END.length()), "end rows");
                if (rows != entries.size()) {
                    throw fail("end", "says " + rows + " rows, but the table has " + entries.size()
                            + " (truncated or edited)");
                }
                if (i != lines.size() - 1) {
                    line = i + 2;
                    throw fail("", "has content after the end line");
                }
                ended = true;
                break;
            }
            LatencyEntry e = row(l);
            if (journal && seen.contains(e.key())) {
                continue; // measured twice only if a build was killed between append and ack
            }
            if (!seen.add(e.key())) {
                throw fail("key", e.key() + " appears twice");
            }
            entries.add(e);
        }
        if (!ended && !journal) {
            line = lines.size();
            throw fail("end", "line '" + TableColumns.END + "N' is missing: the table is truncated");
        }
        return LookupTable.of(metadata, entries);
    }

    private TableMetadata metadata(Map<String, String> m) {
        line = metaLines.get("schema_version");
        int schema = metaInt(m, "schema_version");
        if (schema != TableMetadata.SCHEMA_VERSION) {
            throw fail("schema_version", "must be " + TableMetadata.SCHEMA_VERSION + ", but was "
                    + schema);
        }
        Instant created;
        line = metaLines.get("created");
        try {
            created = Instant.parse(m.get("created"));
        } catch (DateTimeParseException e) {
            throw fail("created", "must be an ISO-8601 instant, but was '" + m.get("created") + "'");
        }
        List<String> spaces = m.get("spaces").isBlank() ? List.of()
                : Arrays.asList(m.get("spaces").trim().split(" "));
        try {
            return new TableMetadata(schema, m.get("hardware_id"), m.get("device_name"),
                    m.get("engine"), m.get("engine_version"), m.get("device"), m.get("dtype"),
                    metaInt(m, "batch"), metaInt(m, "threads"), metaInt(m, "warmup"),
                    metaInt(m, "repetitions"), metaInt(m, "rounds"), m.get("agent_version"),
                    created, spaces);
        } catch (IllegalArgumentException e) {
            line = metaLines.get("hardware_id");
            throw fail("", "metadata is invalid: " + e.getMessage());
        }
    }

    private int metaInt(Map<String, String> m, String key) {
        line = metaLines.get(key);
        return parseInt(m.get(key), key);
    }

    private LatencyEntry row(String l) {
        String[] f = l.split(",", -1);
        List<String> h = TableColumns.HEADER;
        if (f.length != h.size()) {
            throw fail("row", "must have " + h.size() + " comma-separated fields, but had "
                    + f.length + " (truncated or corrupt)");
        }
        BlockType type = BlockType.parse(f[0]).orElseThrow(() -> fail("type",
                "must be one of stem, mbconv, head, fc, but was '" + f[0] + "'"));
        Activation act = null;
        if (!f[6].equals("none")) {
            act = Activation.parse(f[6]).orElseThrow(() -> fail("activation",
                    "must be one of " + Activation.names() + ", but was '" + f[6] + "'"));
        }
        if (!f[7].equals("0") && !f[7].equals("1")) {
            throw fail("se", "must be 0 or 1, but was '" + f[7] + "'");
        }
        if (!f[18].equals("true") && !f[18].equals("false")) {
            throw fail("unstable", "must be true or false, but was '" + f[18] + "'");
        }
        OpKey key;
        try {
            key = new OpKey(type, parseInt(f[1], "in"), parseInt(f[2], "out"),
                    parseInt(f[3], "kernel"), parseInt(f[4], "stride"), parseInt(f[5], "expand"),
                    act, f[7].equals("1"), parseInt(f[8], "h"), parseInt(f[9], "w"));
        } catch (IllegalArgumentException e) {
            if (e instanceof TableFormatException t) {
                throw t;
            }
            throw fail("key", "is not a valid block: " + e.getMessage());
        }
        try {
            return new LatencyEntry(key, parseDouble(f[10], h.get(10)), parseDouble(f[11], h.get(11)),
                    parseDouble(f[12], h.get(12)), parseDouble(f[13], h.get(13)),
                    parseDouble(f[14], h.get(14)), parseDouble(f[15], h.get(15)),
                    parseInt(f[16], h.get(16)), parseInt(f[17], h.get(17)), f[18].equals("true"),
                    parseLong(f[19], h.get(19)));
        } catch (IllegalArgumentException e) {
            if (e instanceof TableFormatException t) {
                throw t;
            }
            String msg = e.getMessage();
            int space = msg.indexOf(' ');
            throw fail(msg.substring(0, space), msg.substring(space + 1));
        }
    }

    private int parseInt(String s, String field) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw fail(field, "must be an integer, but was '" + s + "'");
        }
    }

    private long parseLong(String s, String field) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            throw fail(field, "must be an integer, but was '" + s + "'");
        }
    }

    private double parseDouble(String s, String field) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw fail(field, "must be a number, but was '" + s + "'");
        }
    }
}
