import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.modality.cv.Image;
import ai.djl.modality.cv.ImageFactory;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.translate.NoopTranslator;
import ai.djl.util.JsonUtils;
import com.google.gson.JsonObject;
import io.jnas.export.SubnetFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Prints the label an exported subnet predicts for a PNG, with DJL: PredictDjl folder image.png */
public class PredictDjl {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        List<String> labels = Files.readAllLines(folder.resolve("synset.txt"));
        JsonObject input = JsonUtils.GSON.fromJson(Files.readString(
                folder.resolve("metrics.json")), JsonObject.class).getAsJsonObject("input");
        int channels = input.getAsJsonArray("shape").get(1).getAsInt();
        // the network with its input standardisation in front: it takes raw pixels 0-255
        try (Model model = SubnetFiles.load(folder);
                Predictor<NDList, NDList> predictor = model.newPredictor(new NoopTranslator())) {
            Image image = ImageFactory.getInstance().fromFile(Path.of(args[1]));
            NDArray hwc = image.toNDArray(model.getNDManager(),
                    channels == 1 ? Image.Flag.GRAYSCALE : Image.Flag.COLOR);
            NDArray nchw = hwc.transpose(2, 0, 1).expandDims(0);   // uint8 [1, C, H, W]
            NDArray logits = predictor.predict(new NDList(nchw)).singletonOrThrow();
            int best = (int) logits.argMax(1).getLong();
            System.out.println("predicted: " + labels.get(best) + " (class " + best + ")");
        }
    }
}
