package io.jnas.supernet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import io.jnas.model.ModelBuilder;
import java.util.List;

/**
 * A subnet's weights inherited from the supernet, copied into the standalone network that
 * ModelBuilder builds: the network the agent times, the ONNX writer exports and the trainer
 * fine-tunes.
 *
 * <pre>{@code
 * SequentialBlock net = InheritedWeights.build(slice, stats, manager);
 * }</pre>
 */
public final class InheritedWeights {

    private InheritedWeights() {
    }

    /**
     * ModelBuilder's network of the slice's architecture, initialized in {@code manager} and
     * holding the slice's weights and calibrated BatchNorm statistics.
     *
     * @throws IllegalStateException when a shape differs (the slice and the builder disagree)
     */
    public static SequentialBlock build(SubnetSlice slice, BnStats stats, NDManager manager) {
        SequentialBlock net = ModelBuilder.build(slice.architecture());
        net.initialize(manager, DataType.FLOAT32, ModelBuilder.inputShape(slice.architecture(), 1));
        copyInto(net, slice, stats);
        return net;
    }

    /** Copies the slice's weights into an initialized ModelBuilder network of its architecture. */
    public static void copyInto(ai.djl.nn.Block net, SubnetSlice slice, BnStats stats) {
        List<NDArray> values = slice.parameters(stats);
        List<Parameter> params = net.getParameters().values();
        if (values.size() != params.size()) {
            throw new IllegalStateException("the subnet must have " + params.size()
                    + " parameters as ModelBuilder builds it, but the slice has " + values.size());
        }
        for (int i = 0; i < values.size(); i++) {
            NDArray target = params.get(i).getArray();
            NDArray v = values.get(i);
            if (!target.getShape().equals(v.getShape())) {
                throw new IllegalStateException("parameter " + i + " (" + params.get(i).getName()
                        + ") must have shape " + target.getShape() + ", but the slice has "
                        + v.getShape());
            }
            target.set(v.toType(DataType.FLOAT32, true).toByteBuffer());
        }
    }
}
