package io.jnas.cli;

import io.jnas.calibrate.RatioStats;
import io.jnas.calibrate.RatioTimer;
import io.jnas.calibrate.ValidationReport;
import io.jnas.latency.Calibration;
import io.jnas.latency.PredictionQuality;
import java.io.PrintWriter;
import java.util.Locale;

/** The console report of {@code nas tables validate}: protocol, figures side by side, verdict. */
final class ValidationPrinter {

    private ValidationPrinter() {
    }

    static void print(PrintWriter out, ValidationReport r, String hw, String space, RatioTimer timer,
            double levelNow, boolean otherReference) {
        Calibration c = r.calibration();
        RatioStats ref = timer.referenceStats();
        out.printf(Locale.ROOT, "%nLatency truth on %s: %d held-out subnets of %s (mean %.1f MFLOPs),"
                + " measured end to end%n", hw, r.heldOut().size(), space, r.meanMflops());
        out.printf("measured with: %s%n", r.heldOut().get(0).measured().protocol());
        out.printf("protocol: %s%n", timer.plan().describe());
        out.printf(Locale.ROOT, "reference %s: %.3f ms now (p10 %.3f, p90 %.3f over %d"
                + " measurements)%s%n", timer.reference().hash(), levelNow, ref.p10(), ref.p90(),
                timer.referenceCount(), r.committed().map(k -> String.format(Locale.ROOT,
                        ", %.3f ms when the committed calibration was measured; figures in its unit",
                        k.referenceMs())).orElse(""));
        if (otherReference) {
            out.println("the committed calibration has another reference network (or none): it is"
                    + " not comparable; recalibrate with `./nas tables calibrate`");
        }
        r.committed().ifPresent(k -> out.printf(Locale.ROOT, "committed calibration (%d subnets,"
                + " %s, %s): %s, band x%.3f..x%.3f%n", k.samples(), k.fitted(), k.featureSet(),
                k.describe(), k.bandLow(), k.bandHigh()));
        out.printf(Locale.ROOT, "fitted here (%d subnets, Huber, %s): %s, band x%.3f..x%.3f;"
                + " FLOPs baseline: %.5f ms/MMAC %+.4f ms%n", c.samples(), c.featureSet(),
                c.describe(), c.bandLow(), c.bandHigh(), r.flops().msPerMmac(),
                r.flops().offsetMs());
        out.printf("%-22s %12s %8s %9s %8s%n", "predictor", "within +-10%", "MAPE", "Spearman",
                "Kendall");
        row(out, "table (raw sum)", r.raw());
        r.committedQuality().ifPresent(q -> row(out, "table (committed cal.)", q));
        row(out, "table (fitted here)", r.calibrated());
        row(out, "FLOPs baseline", r.flopsBaseline());
        out.printf(Locale.ROOT, "%s calibration: %.0f%% of held-out subnets inside its p10/p90 band,"
                + " median measured/predicted %.3f%n", r.committed().isPresent() ? "committed"
                        : "fitted", 100 * r.bandCoverage(), r.medianBias());
        r.staleness().ifPresentOrElse(
                why -> out.println("STALE: the committed calibration does not fit this run: " + why
                        + "; run `./nas tables calibrate --samples 48` (or validate --save)"),
                () -> {
                    if (r.committed().isPresent()) {
                        out.println("the committed calibration holds for this run");
                    }
                });
    }

    private static void row(PrintWriter out, String name, PredictionQuality q) {
        out.printf(Locale.ROOT, "%-22s %11.1f%% %7.1f%% %9.3f %8.3f%n", name, 100 * q.within10(),
                100 * q.mape(), q.spearman(), q.kendall());
    }
}
