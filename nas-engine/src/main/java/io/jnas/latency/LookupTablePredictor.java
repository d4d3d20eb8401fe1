package io.jnas.latency;

import static java.util.Objects.requireNonNull;

import io.jnas.arch.Architecture;
import io.jnas.arch.BlockSpec;
import io.jnas.arch.Design;
import io.jnas.arch.OpKey;
import io.jnas.table.LatencyEntry;
import io.jnas.table.LookupTable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Predicts latency from a lookup table's block medians through its {@link Calibration}: the
 * calibrated sum (legacy), or a weighted sum per kind of block ({@link BlockFeatures}).
 *
 * <pre>{@code
 * LatencyPredictor p = LookupTablePredictor.of(table, calibration, null);
 * double ms = p.predictMs(architecture);
 * }</pre>
 */
public final class LookupTablePredictor implements LatencyPredictor {

    private final String hardwareId;
    private final String tableName;
    private final Map<OpKey, Double> medianMs;
    private final Calibration calibration;
    private final boolean legacy;
    private final Function<OpKey, Optional<LatencyEntry>> onMissing;

    private LookupTablePredictor(LookupTable table, Calibration calibration,
            Function<OpKey, Optional<LatencyEntry>> onMissing) {
        this.hardwareId = table.metadata().hardwareId();
        this.tableName = hardwareId + ".csv";
        this.medianMs = new ConcurrentHashMap<>(table.size() * 2);
        table.entries().forEach(e -> medianMs.put(e.key(), e.medianMs()));
        this.calibration = requireNonNull(calibration, "calibration");
        this.legacy = BlockFeatures.set(Calibration.LEGACY).containsAll(calibration.features());
        this.onMissing = onMissing;
    }

    /**
     * A predictor over a table.
     *
     * @param calibration {@link Calibration#identity()} for the raw sum
     * @param onMissing measures a missing key on demand, or {@code null} to fail with
     *     {@link MissingKeyException}
     */
    public static LookupTablePredictor of(LookupTable table, Calibration calibration,
            Function<OpKey, Optional<LatencyEntry>> onMissing) {
        return new LookupTablePredictor(table, calibration, onMissing);
    }

    @Override
    public String hardwareId() {
        return hardwareId;
    }

    public Calibration calibration() {
        return calibration;
    }

    /** The uncalibrated sum of block medians. */
    public double rawSumMs(Architecture a) {
        List<BlockSpec> blocks = a.blocks();
        double sum = 0;
        for (int i = 0; i < blocks.size(); i++) {
            sum += median(blocks.get(i).opKey());
        }
        return sum;
    }

    /** Every {@link BlockFeatures} of an architecture on this table. */
    public double[] features(Architecture a) {
        return BlockFeatures.all(a.opKeys(), this::median);
    }

    /** What the calibration needs: the table sum and block count alone for the legacy set. */
    private double[] calibrationInput(Architecture a) {
        return legacy ? Calibration.legacyFeatures(rawSumMs(a), a.blocks().size()) : features(a);
    }

    @Override
    public double predictMs(Architecture a) {
        return calibration.apply(calibrationInput(a));
    }

    @Override
    public PredictionBand band(Design design) {
        if (design instanceof Architecture a) {
            return calibration.band(calibrationInput(a));
        }
        return LatencyPredictor.super.band(design);
    }

    private double median(OpKey key) {
        Double ms = medianMs.get(key);
        if (ms != null) {
            return ms;
        }
        synchronized (this) { // one on-demand measurement at a time
            ms = medianMs.get(key);
            if (ms == null) {
                if (onMissing == null) {
                    throw new MissingKeyException(key, tableName);
                }
                LatencyEntry e = onMissing.apply(key)
                        .orElseThrow(() -> new MissingKeyException(key, tableName));
                ms = e.medianMs();
                medianMs.put(key, ms);
            }
            return ms;
        }
    }
}
