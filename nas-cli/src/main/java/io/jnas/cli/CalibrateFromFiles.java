package io.jnas.cli;

import io.jnas.calibrate.PredictorTrial;
import io.jnas.calibrate.ValidationCsv;
import io.jnas.latency.Calibration;
import io.jnas.latency.PredictionQuality;
import io.jnas.table.LookupTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code nas tables calibrate --from CSV...}: every predictor fitted and scored on saved
 * measurements, nothing measured; with {@code --save} the chosen set's calibration is stored.
 */
final class CalibrateFromFiles {

    private CalibrateFromFiles() {
    }

    static int run(List<Path> files, Path tablesDir, String features, boolean save, PrintWriter out) {
        String hw = ValidationCsv.header(files.get(0)).hardwareId();
        LookupTable table = LookupTable.load(LookupTable.fileOf(tablesDir, hw));
        PredictorTrial t = PredictorTrial.load(files, table);
        out.printf("%s: %d calibration and %d held-out subnets from %d file(s), nothing measured%n",
                hw, t.calibrationSize(), t.heldOutSize(), files.size());
        out.printf("%-16s %24s   %24s%n", "", "held-out (fit on calibration)",
                "calibration, " + io.jnas.latency.CalibrationFit.FOLDS + "-fold");
        out.printf("%-16s %12s %7s %8s   %12s %7s %8s%n", "predictor", "within +-10%", "MAPE",
                "Spearman", "within +-10%", "MAPE", "Spearman");
        for (PredictorTrial.Score s : t.scores()) {
            out.printf(Locale.ROOT, "%-16s %s   %s%n", s.predictor(),
                    s.heldOut().map(CalibrateFromFiles::cells).orElse(String.format("%29s", "-")),
                    cells(s.crossValidated()));
        }
        if (save) {
            Calibration c = t.fit(features);
            Path file = Calibration.fileOf(tablesDir, hw);
            c.write(file);
            out.printf(Locale.ROOT, "%s: calibrated on %d architectures (%s): %s, band p10/p90"
                    + " x%.3f..x%.3f (out of fold), reference %s at %.3f ms -> %s%n", hw, c.samples(),
                    c.featureSet(), c.describe(), c.bandLow(), c.bandHigh(), c.referenceHash(),
                    c.referenceMs(), file);
        }
        out.flush();
        return 0;
    }

    private static String cells(PredictionQuality q) {
        return String.format(Locale.ROOT, "%11.1f%% %6.1f%% %8.3f", 100 * q.within10(),
                100 * q.mape(), q.spearman());
    }
}
