package io.jnas.recorded;

import static java.util.Objects.requireNonNull;

import io.jnas.accuracy.AccuracyEvaluator;
import io.jnas.cell.Cell;
import io.jnas.cell.CellNetwork;
import io.jnas.cell.CellSpace;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Records the tables {@code nas bench} replays ({@code nas bench record}): every cell of a cell
 * space scored by an accuracy evaluator and timed end to end by a device, written in the CSV
 * format {@link RecordedTable} reads (an accuracy table, a latency table whose {@code #} header
 * says how it was measured, and the per-cell spread beside it).
 *
 * <pre>{@code
 * TableRecorder.Tables t = TableRecorder.record(space, hash, evaluator, "synflow",
 *         net -> timing(net), progress);
 * Files.writeString(latencyCsv, t.latencyCsv(device, "local", "L.spread.csv"));
 * }</pre>
 */
public final class TableRecorder {

    /**
     * The latency of one cell network end to end: median, p10, p90 over the calls, their
     * coefficient of variation, how many calls, and the measuring protocol.
     */
    public record Timing(double medianMs, double p10Ms, double p90Ms, double cv, int calls,
            String protocol) {
    }

    /** The device that timed the cells, as the latency table's header names it. */
    public record Device(String hardwareId, String name, String engine, String engineVersion,
            String device, int threads) {
    }

    /** Told after each tenth of the cells (and the last). */
    public interface Progress {
        void recorded(int done, int total, double seconds);
    }

    /**
     * What was recorded; the CSV texts are built by the methods below.
     *
     * @param accuracyCsv the accuracy table, complete
     * @param spreadCsv the spread table, complete
     */
    public record Tables(String accuracyCsv, String latencyRows, String spreadCsv,
            String spaceName, String spaceHash, double cvMedian, double cvMax, String protocol,
            int cells, double seconds) {

        /** The latency table: its header line, then {@code arch,<column>} and the rows. */
        public String latencyCsv(Device d, String column, String spreadFileName) {
            return String.format(Locale.ROOT, "# latency in ms of every cell network"
                    + " of space %s (%s) end to end, median over calls: agent %s (%s),"
                    + " engine %s %s, device %s, dtype float32, batch 1, threads %d, protocol"
                    + " %s; spread: cv median %.3f, max %.3f (per cell in %s); recorded %s%n"
                    + "arch,%s%n", spaceName, spaceHash, d.hardwareId(), d.name(), d.engine(),
                    d.engineVersion(), d.device(), d.threads(), protocol, cvMedian, cvMax,
                    spreadFileName, Instant.now(), column) + latencyRows;
        }
    }

    private TableRecorder() {
    }

    /** Scores and times every cell of {@code space} in order. */
    public static Tables record(CellSpace space, String spaceHash, AccuracyEvaluator accuracy,
            String accuracyColumn, Function<CellNetwork, Timing> timer, Progress progress) {
        requireNonNull(timer, "timer");
        requireNonNull(progress, "progress");
        List<Cell> all = space.cells();
        StringBuilder a = new StringBuilder("# " + accuracyColumn + " of every cell of space "
                + space.name() + " (" + spaceHash + "), recorded " + Instant.now()
                + " by nas bench record\narch," + accuracyColumn + "\n");
        StringBuilder l = new StringBuilder();
        StringBuilder spread = new StringBuilder("arch,p10_ms,p90_ms,cv,calls\n");
        double[] cv = new double[all.size()];
        String protocol = "";
        long t0 = System.nanoTime();
        for (int i = 0; i < all.size(); i++) {
            CellNetwork n = space.network(all.get(i));
            Timing m = timer.apply(n);
            a.append(String.format(Locale.ROOT, "%s,%.6f%n", n.cell(), accuracy.evaluate(n)));
            l.append(String.format(Locale.ROOT, "%s,%.6f%n", n.cell(), m.medianMs()));
            spread.append(String.format(Locale.ROOT, "%s,%.6f,%.6f,%.6f,%d%n", n.cell(),
                    m.p10Ms(), m.p90Ms(), m.cv(), m.calls()));
            cv[i] = m.cv();
            protocol = m.protocol();
            if ((i + 1) % Math.max(1, all.size() / 10) == 0 || i + 1 == all.size()) {
                progress.recorded(i + 1, all.size(), (System.nanoTime() - t0) / 1e9);
            }
        }
        Arrays.sort(cv);
        return new Tables(a.toString(), l.toString(), spread.toString(), space.name(), spaceHash,
                cv[cv.length / 2], cv[cv.length - 1], protocol, all.size(),
                (System.nanoTime() - t0) / 1e9);
    }
}
