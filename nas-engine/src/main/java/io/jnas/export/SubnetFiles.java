package io.jnas.export;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnas.accuracy.ImageAccuracy;
import io.jnas.accuracy.SeededInit;
import io.jnas.arch.Design;
import io.jnas.model.DesignModels;
import io.jnas.model.DjlRuntime;
import io.jnas.model.InputStandardization;
import io.jnas.run.FinishedRun;
import io.jnas.run.RunDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes the files of one subnet into a folder: {@code architecture.json} (the design's JSON: a
 * block-list architecture or a NAS-Bench-201 cell network), the DJL parameters
 * ({@code model-0000.params}), {@code model.onnx} of the same weights with the input
 * standardisation inside, and {@code synset.txt} (the class labels, one a line, as DJL reads
 * them). The weights are trained by the plan's {@link SubnetTrainer}, or, for an untrained
 * export, the plan's starting weights; either way they are scored on the test images.
 *
 * <pre>{@code
 * SubnetFiles.Written w = SubnetFiles.write(architecture, folder, plan);
 * try (Model m = SubnetFiles.load(folder)) { ... }   // takes raw pixels, like model.onnx
 * }</pre>
 */
public final class SubnetFiles {

    /** The DJL model name: its parameters are {@code model-0000.params}. */
    public static final String MODEL_NAME = "model";
    public static final String PARAMS_FILE = MODEL_NAME + "-0000.params";
    public static final String ARCHITECTURE_FILE = "architecture.json";
    /** The class labels, one a line in output order (DJL's name for it). */
    public static final String LABELS_FILE = "synset.txt";

    /**
     * What was written.
     *
     * @param training the training run, empty for an untrained export
     * @param testAccuracy accuracy on the plan's test images, empty when there is no data
     * @param startingWeights where the weights started
     * @param startTrained whether they started trained already (inherited from a supernet)
     * @param onnx the ONNX graph's figures
     */
    public record Written(Optional<SubnetTrainer.Trained> training, OptionalDouble testAccuracy,
            String startingWeights, boolean startTrained, InputStandardization standardization,
            OnnxFile.Facts onnx) {

        /**
         * "trained" by the export, "inherited" (trained weights written as they are), or
         * "UNTRAINED".
         */
        public String weightsLabel() {
            return training.isPresent() ? "trained" : startTrained ? "inherited" : "UNTRAINED";
        }
    }

    private SubnetFiles() {
    }

    /** @throws UncheckedIOException when a file cannot be written */
    public static Written write(Design d, Path folder, ExportPlan plan) {
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(LABELS_FILE), plan.labels(d));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + folder, e);
        }
        RunDirectory.writeAtomically(folder.resolve(ARCHITECTURE_FILE), d.toJson() + "\n");
        OnnxFile.Facts[] onnx = new OnnxFile.Facts[1];
        double[] test = new double[1];
        if (plan.trainer().isPresent()) {
            String[] from = new String[1];
            StartingWeights recorded = (design, network) -> from[0] =
                    plan.start().apply(design, network);
            SubnetTrainer.Trained t = plan.trainer().get().train(d, recorded, model -> {
                test[0] = ImageAccuracy.of(model.getBlock(), model.getNDManager(),
                        plan.data().orElseThrow().test());
                onnx[0] = save(d, model, folder, plan, from[0], OptionalDouble.of(test[0]));
            });
            return new Written(Optional.of(t), OptionalDouble.of(test[0]), t.startingWeights(),
                    plan.start().trained(),
                    plan.standardization(d), onnx[0]);
        }
        DjlRuntime.engine();
        try (Model model = Model.newInstance("subnet-" + d.hash(), Device.cpu(), "PyTorch")) {
            model.setBlock(DesignModels.build(d));
            SeededInit.withSeed(plan.seed(), () -> model.getBlock().initialize(
                    model.getNDManager(), DataType.FLOAT32, DesignModels.inputShape(d, 1)));
            String from = plan.start().apply(d, model.getBlock());
            OptionalDouble acc = plan.data().isEmpty() ? OptionalDouble.empty()
                    : OptionalDouble.of(ImageAccuracy.of(model.getBlock(), model.getNDManager(),
                            plan.data().get().test()));
            return new Written(Optional.empty(), acc, from, plan.start().trained(),
                    plan.standardization(d),
                    save(d, model, folder, plan, from, acc));
        }
    }

    /**
     * Reads the subnet back as a user of the folder does: the network of
     * {@code architecture.json} with the saved parameters, behind the input standardisation of
     * {@code metrics.json}, so the model takes raw pixels (uint8, or float in [0, 255], NCHW)
     * exactly as {@code model.onnx} does. The caller closes the model.
     *
     * @throws IllegalArgumentException when the files do not belong together
     */
    public static Model load(Path folder) {
        try {
            Design d = FinishedRun.design(Files.readString(folder.resolve(ARCHITECTURE_FILE)));
            JsonNode input = new ObjectMapper().readTree(
                    Files.readString(folder.resolve(MetricsJson.FILE))).get("input");
            if (input == null) {
                throw new IllegalArgumentException(folder.resolve(MetricsJson.FILE)
                        + " must have an \"input\" object (the standardisation), but has none");
            }
            DjlRuntime.engine();
            Model model = Model.newInstance(MODEL_NAME, Device.cpu(), "PyTorch");
            Block network = DesignModels.build(d);
            model.setBlock(network);
            model.load(folder, MODEL_NAME);
            model.setBlock(new InputStandardization(floats(input.get("mean")),
                    floats(input.get("std"))).prepend(network));
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the subnet in " + folder, e);
        } catch (MalformedModelException e) {
            throw new IllegalArgumentException(folder.resolve(PARAMS_FILE) + " must hold DJL"
                    + " parameters of " + folder.resolve(ARCHITECTURE_FILE) + ", but: "
                    + e.getMessage(), e);
        }
    }

    private static List<Float> floats(JsonNode array) {
        List<Float> out = new ArrayList<>();
        array.forEach(v -> out.add((float) v.asDouble()));
        return out;
    }

    private static OnnxFile.Facts save(Design d, Model model, Path folder, ExportPlan plan,
            String startingWeights, OptionalDouble testAccuracy) {
        try {
            model.save(folder, MODEL_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(PARAMS_FILE), e);
        }
        return OnnxFile.write(d, model.getBlock(), folder.resolve(OnnxFile.FILE),
                plan.standardization(d), OnnxFile.metadata(d, plan, startingWeights,
                        testAccuracy));
    }
}
