package io.jnas.supernet;

import java.util.Locale;

/**
 * Where a training step's time goes, summed over steps: building the batch tensors, the
 * largest subnet's forward (the teacher), the other subnets' forwards with their losses, the
 * backward pass, and the optimizer update. {@link SupernetBench} prints it; training keeps one
 * and ignores it.
 */
final class StepClock {

    enum Phase { BATCH, TEACHER, STUDENTS, BACKWARD, OPTIMIZER }

    private final long[] nanos = new long[Phase.values().length];
    private long mark = System.nanoTime();
    private int steps;

    /** Starts timing the next phase now. */
    void start() {
        mark = System.nanoTime();
    }

    /** Adds the time since the last mark to {@code p} and marks now. */
    void lap(Phase p) {
        long now = System.nanoTime();
        nanos[p.ordinal()] += now - mark;
        mark = now;
    }

    void endStep() {
        steps++;
    }

    void reset() {
        java.util.Arrays.fill(nanos, 0);
        steps = 0;
    }

    int steps() {
        return steps;
    }

    /** Milliseconds per step of every phase, in order, e.g. "batch 0.4, teacher 210.3, ...". */
    String perStep() {
        StringBuilder b = new StringBuilder();
        for (Phase p : Phase.values()) {
            b.append(b.isEmpty() ? "" : ", ").append(p.name().toLowerCase(Locale.ROOT))
                    .append(String.format(Locale.ROOT, " %.1f", nanos[p.ordinal()] / 1e6
                            / Math.max(1, steps)));
        }
        return b.toString();
    }
}
