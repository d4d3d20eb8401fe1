package io.jnas.calibrate;

import io.jnas.cost.StaticCost;
import io.jnas.text.AtomicFile;
import java.nio.file.Path;
import java.util.Locale;

/** The held-out subnets of a validation, one CSV row each: what was predicted, what was measured. */
public final class ValidationCsv {

    private ValidationCsv() {
    }

    public static void write(Path file, ValidationReport r) {
        StringBuilder sb = new StringBuilder("hash,blocks,mflops,table_sum_ms,calibrated_ms,flops_ms,"
                + "measured_ms,measured_p10_ms,measured_p90_ms,measured_cv,architecture\n");
        for (MeasuredSample s : r.heldOut()) {
            sb.append(String.format(Locale.ROOT, "%s,%d,%.3f,%.5f,%.5f,%.5f,%.5f,%.5f,%.5f,%.4f,\"%s\"%n",
                    s.architecture().hash(), s.architecture().blocks().size(),
                    StaticCost.of(s.architecture()).flops() / 1e6, s.tableSumMs(),
                    r.committed().orElse(r.calibration()).apply(s.tableSumMs(),
                            s.architecture().blocks().size()),
                    r.flops().predictMs(s.architecture()), s.measured().medianMs(),
                    s.measured().p10Ms(), s.measured().p90Ms(), s.measured().cv(),
                    s.architecture().summary()));
        }
        AtomicFile.write(file, sb);
    }
}
