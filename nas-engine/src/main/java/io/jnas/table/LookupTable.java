package io.jnas.table;

import static java.util.Objects.requireNonNull;

import io.jnas.arch.OpKey;
import io.jnas.space.SearchSpace;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The measured latencies of one hardware id, one entry per block key, with how they were
 * measured. Files live at {@code lookup-tables/<hardware-id>.csv}.
 *
 * <pre>{@code
 * LookupTable t = LookupTable.load(Path.of("lookup-tables/cpu-x.csv"));
 * double ms = t.entry(key).orElseThrow().medianMs();
 * }</pre>
 */
public final class LookupTable {

    private final TableMetadata metadata;
    private final Map<OpKey, LatencyEntry> entries;

    private LookupTable(TableMetadata metadata, Map<OpKey, LatencyEntry> entries) {
        this.metadata = requireNonNull(metadata, "metadata");
        this.entries = entries;
    }

    /** A table of these entries; later entries for the same key replace earlier ones. */
    public static LookupTable of(TableMetadata metadata, Collection<LatencyEntry> entries) {
        Map<OpKey, LatencyEntry> sorted = new LinkedHashMap<>();
        entries.stream()
                .sorted(Comparator.comparing((LatencyEntry e) -> e.key().toString()))
                .forEach(e -> sorted.put(e.key(), e));
        return new LookupTable(metadata, java.util.Collections.unmodifiableMap(sorted));
    }

    /**
     * Reads a table strictly.
     *
     * @throws TableFormatException naming the file, line and field of the first problem
     */
    public static LookupTable load(Path file) {
        return LookupTableReader.read(file);
    }

    /** Writes the table atomically (a temporary file moved into place). */
    public void write(Path file) {
        LookupTableWriter.write(this, file);
    }

    /** The file of a hardware id in a tables directory. */
    public static Path fileOf(Path dir, String hardwareId) {
        return dir.resolve(hardwareId + ".csv");
    }

    public TableMetadata metadata() {
        return metadata;
    }

    public Optional<LatencyEntry> entry(OpKey key) {
        return Optional.ofNullable(entries.get(key));
    }

    public boolean contains(OpKey key) {
        return entries.containsKey(key);
    }

    /** Entries sorted by key. */
    public Collection<LatencyEntry> entries() {
        return entries.values();
    }

    public int size() {
        return entries.size();
    }

    /** The tag this table uses for a space: {@code name@hash}. */
    public static String spaceTag(SearchSpace space) {
        return space.name() + "@" + space.hash();
    }
}
