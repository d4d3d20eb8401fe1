package io.jnas.profile;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An upper bound on one static cost, as written on the command line: {@code flops=60M},
 * {@code params=1.5M}, {@code memory=2MB}.
 *
 * <p>Suffixes K, M, G are powers of 1000; Ki, Mi, Gi powers of 1024; memory may end in B.
 *
 * <pre>{@code List<Constraint> cs = Constraint.parseList("flops=60M,params=1.5M");}</pre>
 */
public record Constraint(CostMetric metric, long limit) {

    private static final Pattern VALUE = Pattern.compile(
            "(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*([KMG]i?)?(B)?", Pattern.CASE_INSENSITIVE);
    private static final String FORM = "a number with an optional suffix K, M, G (x1000) or Ki, Mi,"
            + " Gi (x1024), e.g. 60M or 1.5M or 2MB";

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
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("constraint " + metric + " must be " + FORM
                    + ", but was '" + value + "'");
        }
        if (m.group(3) != null && metric != CostMetric.MEMORY) {
            throw new IllegalArgumentException("constraint " + metric + " must be " + FORM
                    + " (the unit B only for memory), but was '" + value + "'");
        }
        BigDecimal n = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(scale(m.group(2))));
        try {
            return new Constraint(metric, n.setScale(0, java.math.RoundingMode.FLOOR).longValueExact());
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

    private static long scale(String suffix) {
        if (suffix == null) {
            return 1;
        }
        long base = suffix.length() == 2 ? 1024 : 1000;
        return switch (suffix.toUpperCase(Locale.ROOT).charAt(0)) {
            case 'K' -> base;
            case 'M' -> base * base;
            default -> base * base * base;
        };
    }

    @Override
    public String toString() {
        return metric + "<=" + limit;
    }
}
