package io.jnas.export;

import ai.djl.nn.Block;
import io.jnas.arch.Design;
import io.jnas.onnx.OnnxExporter;
import io.jnas.onnx.OnnxModel;
import java.nio.file.Path;

/**
 * The ONNX file of a subnet, written by nas-core's {@link OnnxExporter} from the same block
 * (and weights) whose DJL parameters are saved beside it, and its graph's own figures.
 */
public final class OnnxFile {

    public static final String FILE = "model.onnx";

    /**
     * What the written graph holds, counted on the graph (not taken from the architecture), so
     * metrics.json can show both counts side by side.
     */
    public record Facts(String file, int irVersion, int opset, int nodes, long params, long macs,
            long flops, long bytes) {
    }

    private OnnxFile() {
    }

    static Facts write(Design d, Block block, Path file) {
        OnnxModel m = OnnxExporter.export(d, block);
        m.writeTo(file);
        return new Facts(file.getFileName().toString(), OnnxModel.IR_VERSION, OnnxModel.OPSET,
                m.nodeCount(), m.params(), m.macs(), m.flops(), m.toByteArray().length);
    }
}
