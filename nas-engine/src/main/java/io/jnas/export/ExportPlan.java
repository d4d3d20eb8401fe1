package io.jnas.export;

import static java.util.Objects.requireNonNull;

import io.jnas.arch.Design;
import io.jnas.model.InputStandardization;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What every subnet of one export shares: the run (name, space, seed), the data (absent only for
 * an untrained export of a run that names no data set), the trainer (absent for
 * {@code --untrained}) and where the weights start.
 *
 * <pre>{@code
 * ExportPlan plan = new ExportPlan("demo", "configs/spaces/mnist-small.yaml", 1,
 *         Optional.of(data), Optional.of(SubnetTrainer.of(data)), StartingWeights.seeded(1));
 * SubnetFiles.write(design, folder, plan);
 * }</pre>
 */
public record ExportPlan(String run, String space, long seed, Optional<ExportData> data,
        Optional<SubnetTrainer> trainer, StartingWeights start) {

    public ExportPlan {
        requireNonNull(run, "run");
        requireNonNull(space, "space");
        requireNonNull(data, "data");
        requireNonNull(trainer, "trainer");
        requireNonNull(start, "start");
        if (trainer.isPresent() && data.isEmpty()) {
            throw new IllegalArgumentException("a trained export must have data, but had none");
        }
    }

    /** The trainer's standardisation, or only the scaling to [0, 1] when there is no data. */
    public InputStandardization standardization(Design d) {
        return data.map(ExportData::standardization)
                .orElseGet(() -> InputStandardization.scaleOnly(d.input().channels()));
    }

    /** The data set's class names, or the output indices when there is no data set. */
    public List<String> labels(Design d) {
        return data.map(ExportData::labels).orElseGet(() -> IntStream.range(0, d.classes())
                .mapToObj(i -> "class " + i).toList());
    }

    /** One line on how the weights were made, for the ONNX metadata and the progress. */
    public String recipe(String startingWeights) {
        if (trainer.isEmpty()) {
            return (start.trained() ? "not fine-tuned: " : "UNTRAINED: ") + startingWeights
                    + ", written as they are (--untrained)";
        }
        ExportData d = data.orElseThrow();
        return String.format(Locale.ROOT, "trained on %s (%s): %s, from %s; softmax"
                + " cross-entropy, no augmentation, inputs standardized per channel",
                d.dataSet(), d.trainSource(), trainer.get().settings().describe(),
                startingWeights);
    }
}
