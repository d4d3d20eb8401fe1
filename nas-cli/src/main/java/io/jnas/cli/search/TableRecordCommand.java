package io.jnas.cli.search;

import io.jnas.accuracy.AccuracyEvaluator;
import io.jnas.cli.options.SpacePaths;
import io.jnas.codec.CellCodec;
import io.jnas.codec.SearchCodec;
import io.jnas.codec.SearchCodecs;
import io.jnas.evaluators.Evaluators;
import io.jnas.fleet.AgentEntry;
import io.jnas.fleet.DeviceInfo;
import io.jnas.fleet.FleetAgent;
import io.jnas.fleet.FleetConnector;
import io.jnas.fleet.MeasureSettings;
import io.jnas.fleet.ModelLatency;
import io.jnas.options.VerboseOption;
import io.jnas.recorded.TableRecorder;
import io.jnas.run.RunConfigException;
import io.jnas.run.RunDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nas bench record}: a table in the format {@code nas bench} replays, made with this
 * project's own tooling for every cell of a cell space: accuracy from an evaluator that scores
 * cell networks (the zero-cost proxy {@code synflow}), latency of each cell network end to end on
 * one agent (this CPU in process, or a device's agent), with how it was measured in the file.
 */
@Command(name = "record", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Record tables for `nas bench` from our own tooling: every cell of a cell"
                + " space scored by a zero-cost proxy and timed end to end on an agent.",
            "Writes ACCURACY (arch,<evaluator>), LATENCY (arch,<device>) and, beside it,"
                + " LATENCY's per-cell spread (<name>.spread.csv: p10, p90, cv, calls)."},
        footer = {"", "Example:",
            "  nas bench record --space nb201-mini --accuracy-out A.csv --latency-out L.csv"})
public final class TableRecordCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--space", paramLabel = "FILE|NAME", required = true,
            description = "Cell space: every one of its cells is recorded.")
    String space;

    @Option(names = "--accuracy-out", paramLabel = "CSV", required = true,
            description = "Accuracy table to write.")
    Path accuracyOut;

    @Option(names = "--latency-out", paramLabel = "CSV", required = true,
            description = "Latency table to write.")
    Path latencyOut;

    @Option(names = "--evaluator", paramLabel = "NAME", defaultValue = "synflow",
            description = "Evaluator of cell networks (default: ${DEFAULT-VALUE}).")
    String evaluator;

    @Option(names = "--agent", paramLabel = "local|HOST:PORT", defaultValue = "local",
            description = "Agent that times the cells (default: ${DEFAULT-VALUE}, this CPU).")
    String agent;

    @Option(names = "--device-column", paramLabel = "NAME", description = "Name of the latency"
            + " column (default: local for the local agent, else the agent's hardware id).")
    String deviceColumn;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SearchCodec<?> codec = SearchCodecs.load(Path.of(SpacePaths.named(space)));
        if (!(codec instanceof CellCodec cells)) {
            throw new RunConfigException("--space must be a cell space, but '"
                    + codec.spaceName() + "' is a block-list space");
        }
        for (Path f : List.of(accuracyOut, latencyOut)) {
            createParent(f); // before the minutes of measuring, not after
        }
        AgentEntry entry = new AgentEntry(agent, agent, Optional.empty(), Optional.empty(),
                Duration.ofMinutes(5));
        try (AccuracyEvaluator acc = new Evaluators().open(evaluator, Map.of());
                FleetAgent timer = FleetConnector.standard().open(entry)) {
            DeviceInfo device = timer.describe();
            String column = deviceColumn != null ? deviceColumn
                    : entry.isLocal() ? "local" : device.hardwareId();
            TableRecorder.Tables t = TableRecorder.record(cells.space(), codec.spaceHash(), acc,
                    evaluator, n -> timing(timer.profileModel(n, MeasureSettings.defaults())),
                    (done, total, seconds) -> {
                        err.printf(Locale.ROOT, "record: %d/%d cells, %.0fs%n", done, total,
                                seconds);
                        err.flush();
                    });
            RunDirectory.writeAtomically(accuracyOut, t.accuracyCsv());
            RunDirectory.writeAtomically(latencyOut, t.latencyCsv(new TableRecorder.Device(
                    device.hardwareId(), device.deviceName(), device.engine(),
                    device.engineVersion(), device.device(), device.threads()), column,
                    spreadFile().getFileName().toString()));
            RunDirectory.writeAtomically(spreadFile(), t.spreadCsv());
            out.printf(Locale.ROOT, "recorded %,d cells of %s in %.0fs: %s (column %s), %s"
                    + " (column %s), %s%n", t.cells(), codec.spaceName(), t.seconds(),
                    accuracyOut, evaluator, latencyOut, column, spreadFile());
            out.flush();
        }
        return 0;
    }

    private static TableRecorder.Timing timing(ModelLatency m) {
        return new TableRecorder.Timing(m.medianMs(), m.p10Ms(), m.p90Ms(), m.cv(), m.count(),
                m.protocol().toString());
    }

    private static void createParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + parent + " of " + file,
                    e);
        }
    }

    private Path spreadFile() {
        String name = latencyOut.getFileName().toString();
        String base = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return latencyOut.resolveSibling(base + ".spread.csv");
    }
}
