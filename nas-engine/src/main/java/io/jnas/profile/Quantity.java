package io.jnas.profile;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of a count or size as people write it: {@code 60M}, {@code 1.5M},
 * {@code 250k}, {@code 2MiB}, {@code 4000000}. Suffixes K, M, G (any case) are powers of 1000,
 * Ki, Mi, Gi powers of 1024; a trailing B (bytes) is allowed where the caller says so. A fraction
 * left after scaling is dropped: the values are limits on whole counts, and a count is at most
 * 1.5 exactly when it is at most 1. Used by {@link Constraint} ({@code nas profile}) and by the
 * run config's {@code max-params}, {@code max-flops} and {@code max-memory}.
 *
 * <pre>{@code long flops = Quantity.parse("1.5M", false).orElseThrow(); // 1_500_000}</pre>
 */
public final class Quantity {

    /** How the accepted form is described in messages. */
    public static final String FORM = "a number with an optional suffix K, M, G (x1000) or Ki,"
            + " Mi, Gi (x1024), e.g. 60M or 1.5M or 2MB";

    private static final Pattern VALUE = Pattern.compile(
            "(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*([KMG]i?)?(B)?", Pattern.CASE_INSENSITIVE);

    private Quantity() {
    }

    /**
     * The whole count a text gives, or empty when the text is not of {@link #FORM} (or ends in B
     * where {@code bytes} is false).
     *
     * @throws ArithmeticException when the count exceeds {@code Long.MAX_VALUE}
     */
    public static Optional<Long> parse(String text, boolean bytes) {
        requireNonNull(text, "text");
        Matcher m = VALUE.matcher(text.trim());
        if (!m.matches() || (m.group(3) != null && !bytes)) {
            return Optional.empty();
        }
        BigDecimal n = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(scale(m.group(2))));
        return Optional.of(n.setScale(0, RoundingMode.FLOOR).longValueExact());
    }

    /** True when a text would be a quantity if B (bytes) were allowed. */
    static boolean endsInBytes(String text) {
        Matcher m = VALUE.matcher(text.trim());
        return m.matches() && m.group(3) != null;
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
}
