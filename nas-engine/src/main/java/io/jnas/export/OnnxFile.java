package io.jnas.export;

import ai.djl.nn.Block;
import io.jnas.arch.Architecture;
import java.nio.file.Path;

/** The ONNX file of a subnet, written by nas-core's ONNX writer, and its graph's figures. */
public final class OnnxFile {

    public static final String FILE = "model.onnx";

    /** What the written graph holds (counted on the graph, not taken from the architecture). */
    public record Facts(String file, int irVersion, int opset, int nodes, long params, long macs,
            long flops, long bytes) {
    }

    private OnnxFile() {
    }

    static Facts write(Architecture a, Block block, Path file) {
        throw new UnsupportedOperationException("the ONNX writer (branch onnx) is not merged yet");
    }
}
