import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.awt.image.Raster;
import java.io.File;
import java.nio.ByteBuffer;
import java.util.Map;
import javax.imageio.ImageIO;

/** Prints the label an exported model.onnx predicts for a PNG: PredictOnnx model.onnx image.png */
public class PredictOnnx {
    public static void main(String[] args) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(args[0])) {
            // input: uint8 [batch, C, H, W], raw pixels 0-255; the model standardises them itself
            long[] shape = ((TensorInfo) session.getInputInfo().get("input").getInfo()).getShape();
            int c = (int) shape[1], h = (int) shape[2], w = (int) shape[3];
            Raster image = ImageIO.read(new File(args[1])).getRaster();
            byte[] pixels = new byte[c * h * w];
            for (int ch = 0; ch < c; ch++) {
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        int band = Math.min(ch, image.getNumBands() - 1);
                        pixels[(ch * h + y) * w + x] = (byte) image.getSample(x, y, band);
                    }
                }
            }
            try (OnnxTensor input = OnnxTensor.createTensor(env, ByteBuffer.wrap(pixels),
                    new long[] {1, c, h, w}, OnnxJavaType.UINT8);
                    OrtSession.Result result = session.run(Map.of("input", input))) {
                float[] logits = ((float[][]) result.get("logits").get().getValue())[0];
                int best = 0;
                for (int k = 1; k < logits.length; k++) {
                    best = logits[k] > logits[best] ? k : best;
                }
                // the class names, one a line, are in the model's metadata
                String[] labels = session.getMetadata().getCustomMetadata().get("labels")
                        .split("\n");
                System.out.println("predicted: " + labels[best] + " (class " + best + ")");
            }
        }
    }
}
