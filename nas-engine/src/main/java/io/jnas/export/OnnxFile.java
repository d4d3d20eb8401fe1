package io.jnas.export;

import ai.djl.nn.Block;
import io.jnas.arch.Design;
import io.jnas.arch.InputShape;
import io.jnas.model.InputStandardization;
import io.jnas.onnx.OnnxExporter;
import io.jnas.onnx.OnnxModel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The ONNX file of a subnet, written by nas-core's {@link OnnxExporter} from the same block
 * (and weights) whose DJL parameters are saved beside it, as people deploy it: input
 * {@value OnnxExporter#INPUT} uint8 [batch, C, H, W] of raw pixels 0-255, the trainer's
 * standardisation inside the graph, output {@value OnnxExporter#LOGITS} [batch, classes], and
 * metadata that names the classes ({@value #LABELS}, one a line), the data set, the space, the
 * architecture and how the weights were made.
 */
public final class OnnxFile {

    public static final String FILE = "model.onnx";
    /** Metadata key of the class labels, one a line in output order. */
    public static final String LABELS = "labels";

    /**
     * What the written graph holds, counted on the graph (not taken from the architecture), so
     * metrics.json can show both counts side by side.
     */
    public record Facts(String file, int irVersion, int opset, int nodes, long params, long macs,
            long flops, long bytes) {
    }

    private OnnxFile() {
    }

    static Facts write(Design d, Block block, Path file, InputStandardization s,
            Map<String, String> metadata) {
        OnnxModel m = OnnxExporter.exportDeployable(d, block, s, metadata);
        m.writeTo(file);
        return new Facts(file.getFileName().toString(), OnnxModel.IR_VERSION, OnnxModel.OPSET,
                m.nodeCount(), m.params(), m.macs(), m.flops(), m.toByteArray().length);
    }

    /** The metadata_props of a subnet's file (the exporter adds the architecture and hash). */
    static Map<String, String> metadata(Design d, ExportPlan plan, String startingWeights,
            OptionalDouble testAccuracy) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(LABELS, String.join("\n", plan.labels(d)));
        plan.data().ifPresent(data -> m.put("jnas.data_set", data.dataSet()));
        m.put("jnas.run", plan.run());
        m.put("jnas.space", plan.space());
        m.put("jnas.input", inputText(d.input(), plan.standardization(d)));
        m.put("jnas.training", plan.recipe(startingWeights));
        testAccuracy.ifPresent(a -> m.put("jnas.test_accuracy", String.format(Locale.ROOT,
                "%.4f on %s", a, plan.data().orElseThrow().testSource())));
        return m;
    }

    /** The input contract in one line. */
    static String inputText(InputShape in, InputStandardization s) {
        return "uint8 [batch, " + in.channels() + ", " + in.height() + ", " + in.width()
                + "] (NCHW), raw pixel values 0-255; the graph computes " + s.describe();
    }
}
