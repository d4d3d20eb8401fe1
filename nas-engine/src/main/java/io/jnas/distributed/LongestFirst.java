package io.jnas.distributed;

import io.jnas.arch.Architecture;
import io.jnas.arch.Design;
import io.jnas.cost.StaticCost;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order a batch's jobs are submitted in: longest first (multiply-accumulates, the cost of a
 * training step, as the estimate), so that the last jobs to start are short ones and workers
 * finish a batch together instead of one worker running a long job alone at the end (the LPT
 * rule of list scheduling). JobRunr hands out enqueued jobs oldest first
 * ({@code ascOnUpdatedAt}), so submission order is start order. Only the order of work
 * changes: results are still appended to the history in proposal order. Designs without a
 * block list (NAS-Bench-201 cells: their evaluators read tables) keep the proposal order, and
 * ties keep it too (stable sort), so the order is a function of the batch alone.
 *
 * <pre>{@code
 * LongestFirst.order(batch).forEach(this::submit);
 * }</pre>
 */
final class LongestFirst {

    private LongestFirst() {
    }

    static <D extends Design> List<D> order(List<D> batch) {
        List<D> out = new ArrayList<>(batch);
        if (out.stream().allMatch(d -> d instanceof Architecture)) {
            out.sort(Comparator.comparingLong(
                    (D d) -> StaticCost.of((Architecture) d).macs()).reversed());
        }
        return out;
    }
}
