package io.jnas.table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * The one rule for a latency figure read from any table (lookup tables, recorded tables, the
 * CSV of {@code nas bench --latency}): finite, above 0 and at most {@link #MAX_MS}; and for a
 * figure with a spread, {@code p10 <= median <= p90}. A table breaking it is refused when read,
 * naming file, line and column, instead of surfacing later as "HV share NaN" or 300-digit
 * latencies in a report.
 *
 * <pre>{@code
 * String problem = LatencyBounds.problem(ms);   // null when ms is a usable latency
 * }</pre>
 */
public final class LatencyBounds {

    /**
     * The largest latency accepted, in ms: 1e6 ms is about 17 minutes for one block or network
     * at batch 1, far above anything measured on the devices this project targets (a full
     * MobileNet on a Raspberry Pi takes about 100 ms); a larger figure is a unit or data error.
     */
    public static final double MAX_MS = 1e6;

    private LatencyBounds() {
    }

    /** Null when {@code ms} is a usable latency, else the rule and the value. */
    public static String problem(double ms) {
        if (ms > 0 && ms <= MAX_MS) {
            return null;
        }
        return "must be a latency in ms in (0, " + show(MAX_MS) + "], but was " + show(ms);
    }

    /** Null when the percentiles are ordered, else which one is out of order. */
    public static String spreadProblem(double p10Ms, double medianMs, double p90Ms) {
        if (p10Ms > medianMs) {
            return "p10_ms must be at most median_ms, but " + show(p10Ms) + " > " + show(medianMs);
        }
        if (p90Ms < medianMs) {
            return "p90_ms must be at least median_ms, but " + show(p90Ms) + " < "
                    + show(medianMs);
        }
        return null;
    }

    /** A figure as in messages: plain for ordinary sizes, scientific beyond. */
    private static String show(double v) {
        if (!Double.isFinite(v) || Math.abs(v) >= 1e7 || (v != 0 && Math.abs(v) < 1e-4)) {
            return String.valueOf(v).toLowerCase(Locale.ROOT).replace("infinity", "Infinity")
                    .replace("nan", "NaN");
        }
        return new BigDecimal(v).round(new MathContext(9))
                .stripTrailingZeros().toPlainString();
    }
}
