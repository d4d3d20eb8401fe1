package io.jnas.agent.timing;

/**
 * Hears about every measurement window, from the first warm-up call to the last timed call of a
 * block or model. Called on the measurement thread, outside any timed region. Used by tests (to
 * prove that windows never overlap) and by the benchmark command.
 */
public interface MeasurementListener {

    /** Listens to nothing. */
    MeasurementListener NONE = new MeasurementListener() {
    };

    /** Before the window of {@code subject} (an op key or an architecture hash) opens. */
    default void onStart(String subject) {
    }

    /** After the window closed; times from {@link System#nanoTime()}. */
    default void onEnd(String subject, long startNanos, long endNanos) {
    }
}
