package io.jnas.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A named list of points and how they are drawn.
 *
 * <pre>{@code
 * Series all = Series.of("evaluations", points);                   // as the chart draws
 * Series front = Series.of("front", frontPoints).drawn(Style.STEP); // staircase with markers
 * }</pre>
 */
public record Series(String name, List<Point> points, Style style) {

    /** How a series is drawn. */
    public enum Style {
        /** As the chart's kind draws: a line in {@link Chart#line}, markers in {@link Chart#scatter}. */
        AUTO,
        /** Small markers, no line: a cloud such as every evaluation of a run. */
        POINTS,
        /** Large markers joined by a straight line. */
        LINE,
        /** Large markers joined by a staircase (each value holds until the next point). */
        STEP,
        /** A dashed line without markers: a reference such as y = x. */
        REFERENCE
    }

    public Series {
        requireNonNull(name, "name");
        requireNonNull(style, "style");
        points = List.copyOf(points);
    }

    public static Series of(String name, List<Point> points) {
        return new Series(name, points, Style.AUTO);
    }

    /** This series drawn in another style. */
    public Series drawn(Style newStyle) {
        return new Series(name, points, newStyle);
    }
}
