package io.jnas.agent.profiler.tensorrt;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import io.jnas.agent.profiler.ComputeDevice;
import io.jnas.agent.profiler.Precision;
import io.jnas.agent.profiler.Profiler;
import io.jnas.agent.timing.Workload;
import io.jnas.arch.Architecture;
import io.jnas.arch.BlockSpec;
import io.jnas.cell.CellNetwork;
import io.jnas.model.CellModelBuilder;
import io.jnas.model.DjlRuntime;
import io.jnas.model.ModelBuilder;
import io.jnas.onnx.OnnxExporter;
import io.jnas.onnx.OnnxModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Times the ONNX file of a block, a network or a NAS-Bench-201 cell network with TensorRT: the model is built and given
 * random weights with DJL on the CPU, written by nas-core's {@link OnnxExporter} (the same file
 * {@code nas export} deploys), then built into a TensorRT engine and timed on the GPU by DJL's
 * TensorRT engine or by {@code trtexec}.
 */
final class TensorRtProfiler implements Profiler {

    private final ComputeDevice device;
    private final String gpu;
    private final String djlVersion;
    private final Trtexec trtexec;

    TensorRtProfiler(ComputeDevice device, String gpu, int threads, String djlVersion,
            Trtexec trtexec) {
        this.device = device;
        this.gpu = gpu;
        this.djlVersion = djlVersion;
        this.trtexec = trtexec;
        DjlRuntime.configure(threads);
    }

    @Override
    public String engine() {
        return TensorRtProfilerProvider.ENGINE;
    }

    @Override
    public String engineVersion() {
        return djlVersion != null ? djlVersion : trtexec.version() + " (trtexec)";
    }

    @Override
    public ComputeDevice device() {
        return device;
    }

    @Override
    public Optional<String> gpuName() {
        return Optional.of(device + " " + gpu);
    }

    @Override
    public Set<Precision> precisions() {
        // trtexec builds half-precision engines with --fp16; DJL's engine has no such option
        return trtexec != null ? EnumSet.allOf(Precision.class) : EnumSet.of(Precision.FLOAT32);
    }

    @Override
    public Workload newBlockWorkload(BlockSpec block, int batch, Precision precision) {
        Block b = ModelBuilder.buildBlock(block);
        Shape shape = ModelBuilder.inputShape(block, batch);
        return prepare(shape, precision, b, () -> OnnxExporter.exportBlock(block, b));
    }

    @Override
    public Workload newModelWorkload(Architecture architecture, int batch, Precision precision) {
        Block b = ModelBuilder.build(architecture);
        Shape shape = ModelBuilder.inputShape(architecture, batch);
        return prepare(shape, precision, b, () -> OnnxExporter.export(architecture, b));
    }

    @Override
    public Workload newCellWorkload(CellNetwork network, int batch, Precision precision) {
        Block b = CellModelBuilder.build(network);
        Shape shape = CellModelBuilder.inputShape(network, batch);
        return prepare(shape, precision, b, () -> OnnxExporter.export(network, b));
    }

    /** Random weights on the CPU, written out as ONNX while their manager is open. */
    private static OnnxModel export(Block b, Shape shape, Supplier<OnnxModel> writer) {
        try (NDManager m = DjlRuntime.engine().newBaseManager(Device.cpu())) {
            b.initialize(m, DataType.FLOAT32, shape);
            return writer.get();
        }
    }

    private Workload prepare(Shape shape, Precision precision, Block b,
            Supplier<OnnxModel> onnx) {
        if (!precisions().contains(precision)) {
            throw new IllegalArgumentException("dtype must be one of " + precisions() + " on "
                    + device + " with " + engineVersion() + ", but was " + precision);
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("jnas-trt");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a folder for the TensorRT engine: "
                    + e.getMessage(), e);
        }
        try {
            Path file = dir.resolve("model.onnx");
            export(b, shape, onnx).writeTo(file);
            if (trtexec != null) {
                return new TrtexecWorkload(trtexec, dir, file, shape, device.index(),
                        precision == Precision.FLOAT16);
            }
            return new DjlTrtWorkload(dir, file, shape, device.index());
        } catch (RuntimeException e) {
            TrtexecWorkload.deleteFolder(dir);
            throw e;
        }
    }

    @Override
    public void close() {
        // every workload owns its files and native memory
    }
}
