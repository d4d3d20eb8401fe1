package io.jnas.agent.profiler;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import io.jnas.agent.timing.Workload;

/**
 * A DJL block with its weights and one input, all in one manager. Each call runs in a scope of
 * its own ({@link #beforeCall()} opens it, {@link #afterCall()} closes it): DJL attaches every
 * intermediate tensor of a forward pass to the input's manager, so without a scope per call the
 * native memory of all calls would pile up until the block is closed.
 */
final class DjlWorkload implements Workload {

    private final NDManager manager;
    private final Block block;
    private final Shape inputShape;
    private final DataType type;
    private final ParameterStore parameters;
    private NDArray input;
    private NDManager scope;
    /** Folds every copied element into a value the JVM keeps, so no copy is ever skipped. */
    private long checksum;

    DjlWorkload(NDManager manager, Block block, Shape inputShape, DataType type) {
        this.manager = manager;
        this.block = block;
        this.inputShape = inputShape;
        this.type = type;
        this.parameters = new ParameterStore(manager, false);
    }

    @Override
    public void newInput() {
        if (input != null) {
            input.close();
        }
        NDArray x = manager.randomNormal(inputShape);
        if (type != DataType.FLOAT32) {
            NDArray cast = x.toType(type, false);
            x.close();
            x = cast;
        }
        input = x;
    }

    @Override
    public void beforeCall() {
        scope = manager.newSubManager();
        input.tempAttach(scope);
    }

    @Override
    public void call() {
        NDArray out = block.forward(parameters, new NDList(input), false).singletonOrThrow();
        // Copying one element to the JVM waits for the device to finish (CUDA runs
        // asynchronously) at a small, constant cost. Copying the whole output would add a cost
        // proportional to its size, paid once per block when blocks are timed alone but only
        // once per network end to end, and so bias the sum of the blocks.
        byte[] host = out.get(new long[out.getShape().dimension()]).toByteArray();
        checksum += host[host.length - 1];
    }

    @Override
    public void afterCall() {
        scope.close();
        scope = null;
    }

    long checksum() {
        return checksum;
    }

    @Override
    public void close() {
        if (scope != null) {
            scope.close();
        }
        manager.close();
    }
}
