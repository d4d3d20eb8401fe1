package io.jnas.agent.profiler;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.pytorch.jni.JniUtils;
import io.jnas.arch.Architecture;
import io.jnas.arch.BlockSpec;
import io.jnas.cell.CellNetwork;
import io.jnas.agent.timing.Workload;
import io.jnas.model.CellModelBuilder;
import io.jnas.model.ModelBuilder;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Times blocks built by nas-core's {@link ModelBuilder} with DJL's PyTorch engine, in inference
 * mode (no autograd, BatchNorm on running statistics), on the CPU or on {@code Device.gpu(i)}.
 * Every workload owns one sub-manager of this profiler's root manager, so closing it frees the
 * block's weights, inputs and outputs.
 */
final class PyTorchProfiler implements Profiler {

    private final Engine engine;
    private final ComputeDevice device;
    private final NDManager root;

    PyTorchProfiler(Engine engine, ComputeDevice device) {
        this.engine = engine;
        this.device = device;
        this.root = engine.newBaseManager(device.gpu() ? Device.gpu(device.index()) : Device.cpu());
    }

    @Override
    public String engine() {
        return PyTorchProfilerProvider.ENGINE;
    }

    @Override
    public String engineVersion() {
        return engine.getVersion();
    }

    @Override
    public ComputeDevice device() {
        return device;
    }

    @Override
    public Optional<String> gpuName() {
        if (!device.gpu()) {
            return Optional.empty();
        }
        return Optional.of(PyTorchProfilerProvider.describeGpu(device.index()));
    }

    @Override
    public Set<Precision> precisions() {
        // half precision convolutions have no CPU kernels worth timing; a GPU runs them natively
        return device.gpu() ? EnumSet.allOf(Precision.class) : EnumSet.of(Precision.FLOAT32);
    }

    @Override
    public Workload newBlockWorkload(BlockSpec block, int batch, Precision precision) {
        return prepare(ModelBuilder.buildBlock(block), ModelBuilder.inputShape(block, batch),
                precision);
    }

    @Override
    public Workload newModelWorkload(Architecture architecture, int batch, Precision precision) {
        return prepare(ModelBuilder.build(architecture),
                ModelBuilder.inputShape(architecture, batch), precision);
    }

    @Override
    public Workload newCellWorkload(CellNetwork network, int batch, Precision precision) {
        return prepare(CellModelBuilder.build(network), CellModelBuilder.inputShape(network, batch),
                precision);
    }

    private Workload prepare(Block block, Shape inputShape, Precision precision) {
        if (!precisions().contains(precision)) {
            throw new IllegalArgumentException("dtype must be one of " + precisions() + " on "
                    + device + ", but was " + precision);
        }
        // PyTorch's grad mode is per thread and DJL turns it off only on the thread that loaded
        // the engine: turn it off on the measurement thread too, or every call records autograd.
        JniUtils.setGradMode(false);
        NDManager manager = root.newSubManager();
        try {
            block.initialize(manager, DataType.FLOAT32, inputShape);
            DataType type = DataType.FLOAT32;
            if (precision == Precision.FLOAT16) {
                block.cast(DataType.FLOAT16);
                type = DataType.FLOAT16;
            }
            return new DjlWorkload(manager, block, inputShape, type);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    @Override
    public void close() {
        root.close();
    }
}
