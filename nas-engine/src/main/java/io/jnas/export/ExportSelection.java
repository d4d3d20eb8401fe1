package io.jnas.export;

import io.jnas.run.FinishedRun;
import io.jnas.search.Evaluation;
import java.util.Comparator;
import java.util.List;

/**
 * Which subnets an export writes: the members of one front of the run, best score first,
 * optionally only the first K.
 *
 * <pre>{@code
 * List<Evaluation> chosen = ExportSelection.of(run, "local", 3);   // 0: the whole front
 * }</pre>
 */
public final class ExportSelection {

    private ExportSelection() {
    }

    /**
     * The front's members by score (descending; equal scores by evaluation order).
     *
     * @param front a device of the run, or {@link FinishedRun#JOINT}
     * @param top how many to keep; 0 keeps all
     * @throws IllegalArgumentException for an unknown front or a negative {@code top}
     */
    public static List<Evaluation> of(FinishedRun run, String front, int top) {
        if (top < 0) {
            throw new IllegalArgumentException("--top must be >= 1 (or 0 for the whole front), but"
                    + " was " + top);
        }
        List<Evaluation> members = run.front(front).stream()
                .sorted(Comparator.comparingDouble(Evaluation::accuracy).reversed()
                        .thenComparingInt(Evaluation::index))
                .toList();
        return top == 0 ? members : members.subList(0, Math.min(top, members.size()));
    }
}
