package io.jnas.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnas.accuracy.TrainSettings;
import io.jnas.arch.Design;
import io.jnas.arch.InputShape;
import io.jnas.model.InputStandardization;
import io.jnas.onnx.OnnxExporter;
import java.util.Locale;

/**
 * The {@code training} and {@code input} objects of metrics.json: on which data, for how long and
 * how a subnet was trained (or that it was not), and the input contract of its files, machine
 * readable (dtype, range, layout, shape, mean, std and where the standardisation happens).
 */
final class TrainingJson {

    private TrainingJson() {
    }

    static void training(ObjectNode n, SubnetFiles.Written w, ExportPlan plan) {
        n.put("trained", w.training().isPresent());
        if (w.training().isEmpty()) {
            n.put("note", "UNTRAINED: " + w.startingWeights() + ", written as they are because"
                    + " nas export was run with --untrained");
            return;
        }
        SubnetTrainer.Trained t = w.training().get();
        ExportData d = plan.data().orElseThrow();
        TrainSettings s = t.settings();
        n.put("data_set", d.dataSet());
        n.put("train_images", d.split().train().size());
        n.put("train_from", d.trainSource());
        n.put("validation_images", d.split().validation().size());
        n.put("test_images", d.test().size());
        n.put("test_from", d.testSource());
        n.put("epochs", s.epochs());
        n.put("steps", t.result().steps());
        n.put("seconds", t.result().seconds());
        n.put("starting_weights", t.startingWeights());
        n.put("diverged", t.result().diverged());
        n.put("restarts_with_lower_learning_rate", t.retries());
        ObjectNode r = n.putObject("recipe");
        r.put("loss", "softmax cross-entropy");
        r.put("optimizer", s.optimizer().name().toLowerCase(Locale.ROOT)
                + (s.optimizer() == TrainSettings.OptimizerKind.SGD ? " (momentum 0.9)" : ""));
        r.put("learning_rate", s.learningRate());
        r.put("learning_rate_schedule", "fixed");
        r.put("batch", s.batchSize());
        r.put("seed", s.seed());
        r.put("augmentation", "none");
        r.put("input", "standardized per channel with the training images' mean and std (see"
                + " \"input\")");
        r.put("text", plan.recipe(t.startingWeights()));
    }

    static void input(ObjectNode n, Design d, InputStandardization s) {
        InputShape in = d.input();
        n.put("name", OnnxExporter.INPUT);
        n.put("dtype", "uint8");
        ArrayNode range = n.putArray("range");
        range.add(0);
        range.add((int) InputStandardization.PIXEL_MAX);
        n.put("layout", "NCHW");
        ArrayNode shape = n.putArray("shape");
        shape.add(-1);
        shape.add(in.channels());
        shape.add(in.height());
        shape.add(in.width());
        n.put("channels", in.channels() == 3 ? "RGB" : in.channels() == 1 ? "grey" : "other");
        ArrayNode mean = n.putArray("mean");
        s.mean().forEach(mean::add);
        ArrayNode std = n.putArray("std");
        s.std().forEach(std::add);
        n.put("standardization", "(x / " + (int) InputStandardization.PIXEL_MAX
                + " - mean[c]) / std[c]");
        n.put("onnx_includes_standardization", true);
        n.put("djl_params_include_standardization", false);
        n.put("djl_load_includes_standardization", true);
        n.put("text", OnnxFile.inputText(in, s));
    }
}
