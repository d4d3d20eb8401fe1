package io.jnas.fleet;

import static java.util.Objects.requireNonNull;

import io.jnas.arch.OpKey;
import io.jnas.table.LatencyEntry;
import io.jnas.table.LookupTable;
import io.jnas.table.MeasurementJournal;
import io.jnas.table.TableMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds the lookup table of one hardware id with all the agents of that hardware: keys are
 * sharded in chunks that idle agents pull; each measurement is journaled as it arrives; a failing
 * agent is retried with backoff, then its keys go to the other agents of the same hardware.
 *
 * <pre>{@code
 * TableBuilder.Result r = new TableBuilder(options).build(group, keys, spaceTag);
 * }</pre>
 */
public final class TableBuilder {

    /**
     * @param resume continue an interrupted build from its journal
     * @param chunkSize keys an agent takes at a time
     * @param maxRetries tries of one chunk on one agent before the agent is given up
     */
    public record Options(Path tablesDir, boolean resume, MeasureSettings settings, int chunkSize,
            int maxRetries, Duration backoff, BuildProgress progress) {

        public Options {
            requireNonNull(tablesDir, "tablesDir");
            requireNonNull(settings, "settings");
            requireNonNull(backoff, "backoff");
            requireNonNull(progress, "progress");
            if (chunkSize < 1 || maxRetries < 0 || maxRetries > 10) {
                throw new IllegalArgumentException("chunkSize must be >= 1 and maxRetries in [0, 10],"
                        + " but were " + chunkSize + ", " + maxRetries);
            }
        }
    }

    /** What a build did: keys measured now, keys already in the table or journal. */
    public record Result(String hardwareId, Path table, int measured, int reused,
            List<String> failedAgents) {
    }

    private final Options options;

    public TableBuilder(Options options) {
        this.options = requireNonNull(options, "options");
    }

    /**
     * Measures the keys the table of the group's hardware lacks and writes the table.
     *
     * @param spaceTag recorded in the table's metadata, e.g. {@code mnist-small@1a2b...}
     * @throws TableBuildException when every agent of the group failed (the journal keeps all)
     */
    public Result build(HardwareGroup group, Collection<OpKey> keys, String spaceTag) {
        String hw = group.hardwareId();
        Path tableFile = LookupTable.fileOf(options.tablesDir(), hw);
        Path journalFile = MeasurementJournal.fileOf(options.tablesDir(), hw);
        TableMetadata wanted = metadata(group.device(), spaceTag);
        Map<OpKey, LatencyEntry> known = new LinkedHashMap<>();
        List<String> spaces = new ArrayList<>();
        if (Files.exists(tableFile)) {
            LookupTable existing = LookupTable.load(tableFile);
            ProtocolCheck.requireSame(existing.metadata(), wanted, tableFile);
            existing.entries().forEach(e -> known.put(e.key(), e));
            spaces.addAll(existing.metadata().spaces());
        }
        if (Files.exists(journalFile)) {
            if (!options.resume()) {
                throw new TableBuildException("a build of " + hw + " was interrupted (" + journalFile
                        + " holds its measurements): rerun with --resume to continue it, or delete"
                        + " the journal to start over");
            }
            LookupTable journaled = MeasurementJournal.read(journalFile);
            ProtocolCheck.requireSame(journaled.metadata(), wanted, journalFile);
            journaled.entries().forEach(e -> known.put(e.key(), e));
        }
        List<OpKey> todo = keys.stream().distinct().filter(k -> !known.containsKey(k)).toList();
        int reused = keys.size() - todo.size();
        options.progress().start(hw, keys.size(), reused);
        List<String> failed = List.of();
        if (!todo.isEmpty()) {
            try (MeasurementJournal journal = MeasurementJournal.open(options.tablesDir(), wanted)) {
                ShardedRun run = new ShardedRun(hw, todo, options, journal);
                failed = run.execute(group.agents());
                run.results().forEach(e -> known.put(e.key(), e));
                if (!run.complete()) {
                    throw new TableBuildException("could not finish the table of " + hw + ": every"
                            + " agent failed (" + String.join("; ", failed) + "); "
                            + run.results().size() + " new measurements are kept in " + journalFile
                            + ": rerun with --resume when an agent is back");
                }
            }
        }
        if (!spaces.contains(spaceTag)) {
            spaces.add(spaceTag);
        }
        LookupTable.of(wanted.withSpaces(new ArrayList<>(new TreeSet<>(spaces))), known.values())
                .write(tableFile);
        try {
            Files.deleteIfExists(journalFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.progress().finished(hw);
        return new Result(hw, tableFile, todo.size(), reused, failed);
    }

    private TableMetadata metadata(DeviceInfo d, String spaceTag) {
        MeasureSettings s = options.settings();
        MeasureSettings def = d.defaults();
        return new TableMetadata(TableMetadata.SCHEMA_VERSION, d.hardwareId(), d.deviceName(),
                d.engine(), d.engineVersion(), or(s.device(), d.device()), or(s.dtype(), def.dtype()),
                or(s.batch(), def.batch()), d.threads(), or(s.warmup(), def.warmup()),
                or(s.repetitions(), def.repetitions()), or(s.rounds(), def.rounds()),
                d.agentVersion(), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                List.of(spaceTag));
    }

    private static String or(String v, String def) {
        return v == null || v.isEmpty() ? def : v;
    }

    private static int or(int v, int def) {
        return v == 0 ? def : v;
    }

    /** For the fields where 0 is a real choice and null means the agent's default. */
    private static int or(Integer v, Integer def) {
        return v != null ? v : def;
    }
}
