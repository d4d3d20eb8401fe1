package io.jnas.onnx;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import io.jnas.model.InvertedResidualBlock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The layers of a block that {@code io.jnas.model.ModelBuilder} (or {@code CellModelBuilder})
 * built, in forward order, read one at a time by the exporter. Sequences and the inverted
 * residual's body are opened; every other block (convolution, BatchNorm, activation,
 * squeeze-excite, linear, a whole cell or reduction block) is one layer. Checking each
 * layer's type as it is taken catches a model that was not built from the architecture given.
 */
final class BuiltLayers {

    private final List<Block> layers = new ArrayList<>();
    private final String owner;
    private final String builder;
    private int next;

    private BuiltLayers(String owner, String builder) {
        this.owner = owner;
        this.builder = builder;
    }

    /** The layers of {@code block}, which stands for {@code owner} in messages. */
    static BuiltLayers of(Block block, String owner) {
        return of(block, owner, "ModelBuilder");
    }

    /** The same, for a block that {@code builder} (named in messages) built. */
    static BuiltLayers of(Block block, String owner, String builder) {
        BuiltLayers l = new BuiltLayers(owner, builder);
        l.open(block);
        return l;
    }

    private void open(Block b) {
        if (b instanceof SequentialBlock s) {
            s.getChildren().values().forEach(this::open);
        } else if (b instanceof InvertedResidualBlock ir) {
            open(ir.body());
        } else {
            layers.add(b);
        }
    }

    /** The next layer, which must be a {@code type}. */
    <T extends Block> T take(Class<T> type) {
        if (next >= layers.size()) {
            throw mismatch("a " + type.getSimpleName() + " after its " + layers.size()
                    + " layers, but it has no more");
        }
        Block b = layers.get(next);
        if (!type.isInstance(b)) {
            throw mismatch("a " + type.getSimpleName() + " as layer " + next + ", but it was "
                    + b.getClass().getSimpleName());
        }
        next++;
        return type.cast(b);
    }

    /** Fails unless every layer was taken. */
    void expectEnd() {
        if (next != layers.size()) {
            throw mismatch(next + " layers, but it has " + layers.size());
        }
    }

    /** The float32 values of a parameter, checked against the shape the architecture implies. */
    float[] values(Block b, String parameter, long... expectedShape) {
        Parameter p = b.getParameters().get(parameter);
        if (p == null || !p.isInitialized()) {
            throw mismatch("an initialized parameter '" + parameter + "' in its "
                    + b.getClass().getSimpleName() + ", but it had none (call initialize first)");
        }
        NDArray a = p.getArray();
        if (!Arrays.equals(a.getShape().getShape(), expectedShape)) {
            throw mismatch("parameter '" + parameter + "' of shape " + Arrays.toString(expectedShape)
                    + " in its " + b.getClass().getSimpleName() + ", but it was " + a.getShape());
        }
        if (a.getDataType() == DataType.FLOAT32) {
            return a.toFloatArray();
        }
        try (NDArray f = a.toType(DataType.FLOAT32, true)) {
            return f.toFloatArray();
        }
    }

    private IllegalArgumentException mismatch(String what) {
        return new IllegalArgumentException("model for " + owner + " must be the block " + builder
                + " built for it, with " + what);
    }
}
