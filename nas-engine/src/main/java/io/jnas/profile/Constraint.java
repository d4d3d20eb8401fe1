package io.jnas.profile;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * An upper bound on one static cost, as written on the command line: {@code flops=60M},
 * {@code params=1.5M}, {@code memory=2MB}.
 *
 * <p>Suffixes K, M, G are powers of 1000; Ki, Mi, Gi powers of 1024; memory may end in B.
 *
 * <pre>{@code List<Constraint> cs = Constraint.parseList("flops=60M,params=1.5M");}</pre>
 */
public record Constraint(CostMetric metric, long limit) {

    public Constraint {
        requireNonNull(metric, "metric");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, but was " + limit);
        }
    }

    /** True when a value does not exceed the limit. */
    public boolean admits(long value) {
        return value <= limit;
    }

    /**
     * Parses one {@code key=value}.
     *
     * @throws IllegalArgumentException naming the key and the expected form
     */
    public static Constraint parse(String text) {
        requireNonNull(text, "constraint");
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("constraint must look like key=value with key one of "
                    + CostMetric.names() + ", but was '" + text + "'");
        }
        String key = text.substring(0, eq).trim();
        CostMetric metric = CostMetric.parse(key).orElseThrow(() -> new IllegalArgumentException(
                "constraint key must be one of " + CostMetric.names() + ", but was '" + key + "'"));
        String value = text.substring(eq + 1).trim();
        boolean bytes = metric == CostMetric.MEMORY;
        try {
            return new Constraint(metric, Quantity.parse(value, bytes).orElseThrow(
                    () -> new IllegalArgumentException("constraint " + metric + " must be "
                            + Quantity.FORM + (!bytes && Quantity.endsInBytes(value)
                            ? " (the unit B only for memory)" : "") + ", but was '" + value
                            + "'")));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("constraint " + metric + " must be at most "
                    + Long.MAX_VALUE + ", but was '" + value + "'");
        }
    }

    /** Parses a comma-separated list; an empty or blank text gives no constraints. */
    public static List<Constraint> parseList(String text) {
        List<Constraint> out = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                out.add(parse(part));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return metric + "<=" + limit;
    }
}
