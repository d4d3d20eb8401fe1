package io.jnas.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import io.jnas.arch.Architecture;
import io.jnas.arch.Design;
import io.jnas.cell.CellNetwork;

/**
 * The DJL network of a design of either kind, for code that holds a {@link Design} (a run's
 * subnets, an export): a block-list {@link Architecture} goes to {@link ModelBuilder}, a
 * NAS-Bench-201 {@link CellNetwork} to {@link CellModelBuilder}.
 *
 * <pre>{@code
 * SequentialBlock net = DesignModels.build(design);
 * net.initialize(manager, DataType.FLOAT32, DesignModels.inputShape(design, 1));
 * }</pre>
 */
public final class DesignModels {

    private DesignModels() {
    }

    /** @throws IllegalArgumentException for a design that is neither kind */
    public static SequentialBlock build(Design design) {
        return switch (design) {
            case Architecture a -> ModelBuilder.build(a);
            case CellNetwork n -> CellModelBuilder.build(n);
            default -> throw unknown(design);
        };
    }

    /** Input shape (NCHW) for a batch size. */
    public static Shape inputShape(Design design, int batch) {
        return switch (design) {
            case Architecture a -> ModelBuilder.inputShape(a, batch);
            case CellNetwork n -> CellModelBuilder.inputShape(n, batch);
            default -> throw unknown(design);
        };
    }

    private static IllegalArgumentException unknown(Design d) {
        return new IllegalArgumentException("design must be an Architecture or a CellNetwork, but"
                + " was a " + d.getClass().getSimpleName());
    }
}
