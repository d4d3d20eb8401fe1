package io.jnas.agent.profiler;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.jnas.agent.timing.Workload;
import io.jnas.arch.Architecture;
import io.jnas.arch.BlockSpec;
import io.jnas.arch.BlockType;
import io.jnas.cell.CellNetwork;
import io.jnas.model.CellModelBuilder;
import io.jnas.model.DjlRuntime;
import io.jnas.model.ModelBuilder;
import io.jnas.onnx.OnnxExporter;
import io.jnas.onnx.OnnxModel;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Times blocks and networks the way they are deployed as ONNX: the block is built by nas-core's
 * {@link ModelBuilder} (a NAS-Bench-201 cell network by {@link CellModelBuilder}) and given
 * weights by DJL, written by {@link OnnxExporter} (the same file
 * {@code nas export} writes), and run by ONNX Runtime's CPU provider.
 *
 * <p>Session settings: {@code threads} intra-op threads (the agent's {@code --threads}, 1 by
 * default), 1 inter-op thread, sequential execution, and graph optimization level ALL
 * ({@code ORT_ENABLE_ALL}: constant folding, BatchNorm folded into Conv, Conv+activation and
 * Gelu fusions, and the NCHWc layout transformation of the CPU provider).
 */
final class OnnxRuntimeProfiler implements Profiler {

    static final OrtSession.SessionOptions.OptLevel OPT_LEVEL =
            OrtSession.SessionOptions.OptLevel.ALL_OPT;

    private final OrtEnvironment env;
    private final int threads;

    OnnxRuntimeProfiler(OrtEnvironment env, int threads) {
        this.env = env;
        this.threads = threads;
    }

    @Override
    public String engine() {
        return OnnxRuntimeProfilerProvider.ENGINE;
    }

    @Override
    public String engineVersion() {
        return env.getVersion();
    }

    @Override
    public ComputeDevice device() {
        return ComputeDevice.CPU;
    }

    @Override
    public Optional<String> gpuName() {
        return Optional.empty();
    }

    @Override
    public Set<Precision> precisions() {
        return EnumSet.of(Precision.FLOAT32);
    }

    @Override
    public Workload newBlockWorkload(BlockSpec block, int batch, Precision precision) {
        long[] out = block.type() == BlockType.HEAD || block.type() == BlockType.CLASSIFIER
                ? new long[] {batch, block.outChannels()}
                : new long[] {batch, block.outChannels(), block.outHeight(), block.outWidth()};
        return prepare(ModelBuilder.buildBlock(block), ModelBuilder.inputShape(block, batch),
                b -> OnnxExporter.exportBlock(block, b), OnnxExporter.OUTPUT, out, precision);
    }

    @Override
    public Workload newModelWorkload(Architecture architecture, int batch, Precision precision) {
        return prepare(ModelBuilder.build(architecture),
                ModelBuilder.inputShape(architecture, batch),
                b -> OnnxExporter.export(architecture, b), OnnxExporter.LOGITS,
                new long[] {batch, architecture.classes()}, precision);
    }

    @Override
    public Workload newCellWorkload(CellNetwork network, int batch, Precision precision) {
        return prepare(CellModelBuilder.build(network), CellModelBuilder.inputShape(network, batch),
                b -> OnnxExporter.export(network, b), OnnxExporter.LOGITS,
                new long[] {batch, network.skeleton().classes()}, precision);
    }

    private Workload prepare(Block block, Shape inputShape, Function<Block, OnnxModel> export,
            String outputName, long[] outputShape, Precision precision) {
        if (!precisions().contains(precision)) {
            throw new IllegalArgumentException("dtype must be one of " + precisions() + " on "
                    + device() + " with " + engine() + ", but was " + precision);
        }
        byte[] onnx;
        // DJL gives the block its initial weights; they leave with the ONNX bytes
        try (NDManager m = DjlRuntime.engine().newBaseManager()) {
            block.initialize(m, DataType.FLOAT32, inputShape);
            onnx = export.apply(block).toByteArray();
        }
        try (OrtSession.SessionOptions opts = sessionOptions()) {
            OrtSession session = env.createSession(onnx, opts);
            try {
                return new OrtWorkload(env, session, OnnxExporter.INPUT, inputShape.getShape(),
                        outputName, outputShape);
            } catch (RuntimeException e) {
                session.close();
                throw e;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("onnxruntime cannot load the exported model: "
                    + e.getMessage(), e);
        }
    }

    private OrtSession.SessionOptions sessionOptions() throws OrtException {
        OrtSession.SessionOptions opts = new OrtSession.SessionOptions();
        try {
            opts.setIntraOpNumThreads(threads);
            opts.setInterOpNumThreads(1);
            opts.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            opts.setOptimizationLevel(OPT_LEVEL);
            return opts;
        } catch (OrtException e) {
            opts.close();
            throw e;
        }
    }

    @Override
    public void close() {
        // sessions belong to their workloads; the environment lives as long as the JVM
    }
}
