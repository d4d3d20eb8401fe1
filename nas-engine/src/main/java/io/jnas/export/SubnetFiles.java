package io.jnas.export;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import io.jnas.accuracy.SeededInit;
import io.jnas.accuracy.TrainResult;
import io.jnas.arch.Design;
import io.jnas.model.DesignModels;
import io.jnas.model.DjlRuntime;
import io.jnas.run.FinishedRun;
import io.jnas.run.RunDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes the files of one subnet into a folder: {@code architecture.json} (the design's JSON: a
 * block-list architecture or a NAS-Bench-201 cell network), the DJL parameters
 * ({@code model-0000.params}) and {@code model.onnx} of the same weights. The weights are the
 * seeded initialization, or, with a {@link Finetuner} (block-list architectures only), the
 * trained ones.
 *
 * <pre>{@code
 * SubnetFiles.Written w = SubnetFiles.write(architecture, folder, seed, Optional.of(finetuner));
 * }</pre>
 */
public final class SubnetFiles {

    /** The DJL model name: its parameters are {@code model-0000.params}. */
    public static final String MODEL_NAME = "model";
    public static final String PARAMS_FILE = MODEL_NAME + "-0000.params";
    public static final String ARCHITECTURE_FILE = "architecture.json";

    /**
     * What was written.
     *
     * @param finetune the training run, empty when the weights are the seeded initialization
     * @param onnx the ONNX graph's figures
     */
    public record Written(Optional<TrainResult> finetune, OnnxFile.Facts onnx) {
    }

    private SubnetFiles() {
    }

    /**
     * @param seed seeds the initial weights (and, with a finetuner, the training)
     * @throws IllegalArgumentException when a finetuner is given for a cell network (the
     *     trainer builds block-list architectures only; ExportRun refuses such exports first)
     * @throws UncheckedIOException when a file cannot be written
     */
    public static Written write(Design d, Path folder, long seed,
            Optional<Finetuner> finetuner) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        RunDirectory.writeAtomically(folder.resolve(ARCHITECTURE_FILE), d.toJson() + "\n");
        OnnxFile.Facts[] onnx = new OnnxFile.Facts[1];
        if (finetuner.isPresent()) {
            TrainResult r = finetuner.get().train(d,
                    model -> onnx[0] = save(d, model, folder));
            return new Written(Optional.of(r), onnx[0]);
        }
        DjlRuntime.engine();
        try (Model model = Model.newInstance("subnet-" + d.hash(), Device.cpu(), "PyTorch")) {
            model.setBlock(DesignModels.build(d));
            SeededInit.withSeed(seed, () -> model.getBlock().initialize(model.getNDManager(),
                    DataType.FLOAT32, DesignModels.inputShape(d, 1)));
            return new Written(Optional.empty(), save(d, model, folder));
        }
    }

    /**
     * Reads the parameters back into a fresh model of the design (what a user of the folder
     * does); the caller closes the model.
     */
    public static Model load(Path folder) {
        try {
            Design d = FinishedRun.design(Files.readString(folder.resolve(ARCHITECTURE_FILE)));
            DjlRuntime.engine();
            Model model = Model.newInstance(MODEL_NAME, Device.cpu(), "PyTorch");
            model.setBlock(DesignModels.build(d));
            model.load(folder, MODEL_NAME);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the subnet in " + folder, e);
        } catch (MalformedModelException e) {
            throw new IllegalArgumentException(folder.resolve(PARAMS_FILE) + " must hold DJL"
                    + " parameters of " + folder.resolve(ARCHITECTURE_FILE) + ", but: "
                    + e.getMessage(), e);
        }
    }

    private static OnnxFile.Facts save(Design d, Model model, Path folder) {
        try {
            model.save(folder, MODEL_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(PARAMS_FILE), e);
        }
        return OnnxFile.write(d, model.getBlock(), folder.resolve(OnnxFile.FILE));
    }
}
