package io.jnas.calibrate;

import io.jnas.latency.BlockFeatures;
import io.jnas.latency.Calibration;
import io.jnas.latency.CalibrationFit;
import io.jnas.latency.FlopsPredictor;
import io.jnas.latency.PredictionQuality;
import io.jnas.table.LookupTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Compares predictors offline on saved measurements ({@link ValidationCsv} files), so that every
 * idea is scored on the same measured networks without measuring again: each feature set of
 * {@link BlockFeatures#SETS} and the FLOPs baseline are fitted on the files' calibration rows and
 * scored on their held-out rows, and by {@value CalibrationFit#FOLDS}-fold cross-validation on
 * the calibration rows (each net predicted by a fit that did not see it).
 *
 * <pre>{@code
 * PredictorTrial t = PredictorTrial.load(List.of(csv1, csv2), table);
 * List<PredictorTrial.Score> scores = t.scores();
 * Calibration c = t.fit("kinds-act");
 * }</pre>
 */
public final class PredictorTrial {

    /** The name of the FLOPs baseline in {@link #scores()}. */
    public static final String FLOPS = "flops";

    private final List<Calibration.Sample> calibration = new ArrayList<>();
    private final List<Calibration.Sample> heldOut = new ArrayList<>();
    private final List<Double> calibrationMmacs = new ArrayList<>();
    private final List<Double> heldOutMmacs = new ArrayList<>();
    private final String referenceHash;
    private final double referenceMs;

    /** One predictor's figures: on held-out rows (when the files have some) and out of fold. */
    public record Score(String predictor, Optional<PredictionQuality> heldOut,
            PredictionQuality crossValidated) {
    }

    private PredictorTrial(String referenceHash, double referenceMs) {
        this.referenceHash = referenceHash;
        this.referenceMs = referenceMs;
    }

    /**
     * Reads saved files; figures are brought to the first file's reference level (each file's
     * ratios times that level), so runs of different days speak one unit.
     *
     * @throws IllegalArgumentException when the files have different reference networks, or a key
     *     is not in the table
     */
    public static PredictorTrial load(List<Path> files, LookupTable table) {
        ValidationCsv.Header first = ValidationCsv.header(files.get(0));
        PredictorTrial t = new PredictorTrial(first.referenceHash(), first.referenceMs());
        for (Path f : files) {
            ValidationCsv.Header h = ValidationCsv.header(f);
            if (!h.referenceHash().equals(first.referenceHash())) {
                throw new IllegalArgumentException(f + ": reference_hash must be "
                        + first.referenceHash() + " (that of " + files.get(0) + "), but was "
                        + h.referenceHash());
            }
            double scale = first.referenceMs() / h.referenceMs();
            for (ValidationCsv.Row r : ValidationCsv.read(f)) {
                double[] all = BlockFeatures.all(r.keys(), k -> table.entry(k).orElseThrow(
                        () -> new IllegalArgumentException(f + ": block " + k + " of net "
                                + r.hash() + " is not in the table of "
                                + table.metadata().hardwareId())).medianMs());
                Calibration.Sample s = new Calibration.Sample(all, r.measuredMs() * scale);
                boolean cal = r.set().equals(ValidationCsv.CALIBRATION);
                (cal ? t.calibration : t.heldOut).add(s);
                (cal ? t.calibrationMmacs : t.heldOutMmacs).add(r.mmacs());
            }
        }
        if (t.calibration.isEmpty()) {
            throw new IllegalArgumentException(files + " must hold calibration rows (set"
                    + " 'calibration'), but had none");
        }
        return t;
    }

    public int calibrationSize() {
        return calibration.size();
    }

    public int heldOutSize() {
        return heldOut.size();
    }

    /** The calibration of a feature set fitted on every calibration row, in the files' unit. */
    public Calibration fit(String featureSet) {
        return CalibrationFit.fit(calibration, featureSet).withReference(referenceHash, referenceMs);
    }

    /** Every feature set and the FLOPs baseline, best held-out (else cross-validated) first. */
    public List<Score> scores() {
        List<Score> out = new ArrayList<>();
        for (String set : BlockFeatures.SETS.keySet()) {
            if (calibration.size() < BlockFeatures.set(set).size() + 2) {
                continue;
            }
            Calibration c = CalibrationFit.fit(calibration, set);
            Optional<PredictionQuality> held = heldOut.isEmpty() ? Optional.empty()
                    : Optional.of(quality(heldOut, s -> c.apply(s.all())));
            out.add(new Score(set, held, crossValidated(set)));
        }
        out.add(flopsScore());
        Comparator<Score> by = Comparator.comparingDouble(
                s -> s.heldOut().orElse(s.crossValidated()).within10());
        out.sort(by.reversed());
        return out;
    }

    private PredictionQuality crossValidated(String set) {
        int n = calibration.size();
        double[] pred = new double[n];
        for (int f = 0; f < CalibrationFit.FOLDS; f++) {
            List<Calibration.Sample> train = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (i % CalibrationFit.FOLDS != f) {
                    train.add(calibration.get(i));
                }
            }
            Calibration c = CalibrationFit.fit(train, set);
            for (int i = f; i < n; i += CalibrationFit.FOLDS) {
                pred[i] = c.apply(calibration.get(i).all());
            }
        }
        return PredictionQuality.of(pred, measured(calibration));
    }

    private Score flopsScore() {
        int n = calibration.size();
        double[] cv = new double[n];
        for (int f = 0; f < CalibrationFit.FOLDS; f++) {
            int fold = f;
            int[] train = IntStream.range(0, n).filter(i -> i % CalibrationFit.FOLDS != fold)
                    .toArray();
            FlopsPredictor p = flops(train);
            for (int i = f; i < n; i += CalibrationFit.FOLDS) {
                cv[i] = p.predictMmacs(calibrationMmacs.get(i));
            }
        }
        FlopsPredictor all = flops(IntStream.range(0, n).toArray());
        Optional<PredictionQuality> held = heldOut.isEmpty() ? Optional.empty() : Optional.of(
                PredictionQuality.of(heldOutMmacs.stream().mapToDouble(all::predictMmacs).toArray(),
                        measured(heldOut)));
        return new Score(FLOPS, held, PredictionQuality.of(cv, measured(calibration)));
    }

    private FlopsPredictor flops(int[] rows) {
        return FlopsPredictor.fitMmacs("offline",
                Arrays.stream(rows).mapToDouble(calibrationMmacs::get).toArray(),
                Arrays.stream(rows).mapToDouble(i -> calibration.get(i).measuredMs()).toArray());
    }

    private static PredictionQuality quality(List<Calibration.Sample> xs,
            ToDoubleFunction<Calibration.Sample> predict) {
        return PredictionQuality.of(xs.stream().mapToDouble(predict).toArray(), measured(xs));
    }

    private static double[] measured(List<Calibration.Sample> xs) {
        return xs.stream().mapToDouble(Calibration.Sample::measuredMs).toArray();
    }
}
