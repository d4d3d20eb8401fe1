package io.jnas.report;

import static java.util.Objects.requireNonNull;

/**
 * One point of a series.
 *
 * @param tooltip plain text shown on hover (lines separated by {@code \n}); empty for none
 */
public record Point(double x, double y, String tooltip) {

    public Point {
        requireNonNull(tooltip, "tooltip");
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a point must be finite, but was (" + x + ", " + y
                    + ")");
        }
    }

    public static Point of(double x, double y) {
        return new Point(x, y, "");
    }
}
