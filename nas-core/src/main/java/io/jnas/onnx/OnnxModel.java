package io.jnas.onnx;

import static java.util.Objects.requireNonNull;

import io.jnas.onnx.proto.GraphProto;
import io.jnas.onnx.proto.ModelProto;
import io.jnas.onnx.proto.OperatorSetIdProto;
import io.jnas.onnx.proto.StringStringEntryProto;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * An ONNX model that {@link OnnxExporter} wrote, with its parameters and multiply-accumulates
 * counted from the graph itself ({@link OnnxGraphCost}), not taken from nas-core's cost model,
 * so the two can be compared.
 *
 * <pre>{@code
 * OnnxModel m = OnnxExporter.export(arch, net);
 * m.writeTo(Path.of("model.onnx"));   // atomic: a temp file, then a move
 * long mflops = m.flops() / 1_000_000;
 * }</pre>
 */
public final class OnnxModel {

    /**
     * ONNX IR version 8 and opset 17: the newest pair that Debian's onnx 1.12 checker knows (an
     * independent check of our files), all that ONNX Runtime 1.23 reads, and new enough for
     * HardSwish (opset 14) and BatchNormalization without training outputs (opset 15).
     */
    public static final int IR_VERSION = 8;
    public static final int OPSET = 17;
    /** Recorded as the file's producer. */
    public static final String PRODUCER = "jnas";

    private final ModelProto proto;
    private final OnnxGraphCost cost;

    private OnnxModel(ModelProto proto) {
        this.proto = proto;
        this.cost = OnnxGraphCost.of(proto.getGraph());
    }

    /** A model around one graph, with metadata properties (sorted, so bytes are stable). */
    static OnnxModel of(GraphProto graph, Map<String, String> metadata) {
        ModelProto.Builder m = ModelProto.newBuilder().setIrVersion(IR_VERSION)
                .setProducerName(PRODUCER).setProducerVersion(producerVersion())
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setGraph(graph);
        new TreeMap<>(metadata).forEach((k, v) -> m.addMetadataProps(
                StringStringEntryProto.newBuilder().setKey(k).setValue(v)));
        return new OnnxModel(m.build());
    }

    private static String producerVersion() {
        String v = OnnxModel.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The serialized model: the bytes of a {@code .onnx} file. */
    public byte[] toByteArray() {
        return proto.toByteArray();
    }

    /**
     * Writes the model to {@code file} through a temporary file in the same folder and an atomic
     * move, so no half-written model is ever left at {@code file}.
     */
    public void writeTo(Path file) {
        requireNonNull(file, "file");
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            Files.write(tmp, toByteArray());
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new UncheckedIOException("cannot write ONNX model " + file + ": " + e.getMessage(), e);
        }
    }

    /** Trainable parameters in the graph (BatchNorm running statistics are not parameters). */
    public long params() {
        return cost.params();
    }

    /** Multiply-accumulates of the graph's Conv and Gemm nodes at batch 1. */
    public long macs() {
        return cost.macs();
    }

    /** Twice {@link #macs()}, the convention of {@code io.jnas.cost.StaticCost}. */
    public long flops() {
        return 2 * cost.macs();
    }

    /** Nodes in the graph. */
    public int nodeCount() {
        return proto.getGraph().getNodeCount();
    }

    /** Metadata the exporter recorded (the architecture JSON and hash, or the block key). */
    public Map<String, String> metadata() {
        Map<String, String> out = new TreeMap<>();
        proto.getMetadataPropsList().forEach(p -> out.put(p.getKey(), p.getValue()));
        return out;
    }

    ModelProto proto() {
        return proto;
    }
}
