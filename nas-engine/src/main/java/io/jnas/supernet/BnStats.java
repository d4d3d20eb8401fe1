package io.jnas.supernet;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;

/**
 * BatchNorm statistics of one subnet, one (mean, variance) pair per BatchNorm in forward order:
 * recalibrated on training batches after slicing, because the supernet's batches mix subnets
 * and no shared running average belongs to any one of them (once-for-all, section 3.2).
 * Filled by {@link SubnetSlice#calibrate}; read by inference and by the standalone export.
 */
public final class BnStats {

    private final List<NDArray[]> sums = new ArrayList<>();
    private List<NDArray[]> means;
    private int batches;

    /** Adds one calibration batch's statistics of BatchNorm {@code index} (forward order). */
    void add(int index, NDArray mean, NDArray var) {
        if (means != null) {
            throw new IllegalStateException("statistics must not change after they are finished");
        }
        if (index == sums.size()) {
            sums.add(new NDArray[] {mean, var});
        } else {
            NDArray[] s = sums.get(index);
            s[0] = s[0].add(mean);
            s[1] = s[1].add(var);
        }
    }

    /** Ends one calibration batch. */
    void endBatch() {
        batches++;
    }

    /** Averages the batches; no more can be added. */
    void finish() {
        if (batches == 0) {
            throw new IllegalStateException("calibration must see at least one batch, but saw none");
        }
        means = sums.stream().map(s -> new NDArray[] {s[0].div(batches), s[1].div(batches)})
                .toList();
    }

    /** {mean, variance} of BatchNorm {@code index}. */
    NDArray[] get(int index) {
        if (means == null || index >= means.size()) {
            throw new IllegalStateException("BatchNorm statistics must be calibrated before use,"
                    + " but BatchNorm " + index + " has none");
        }
        return means.get(index);
    }

    /** BatchNorm layers seen. */
    public int size() {
        return sums.size();
    }
}
