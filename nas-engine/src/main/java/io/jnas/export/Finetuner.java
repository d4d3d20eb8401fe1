package io.jnas.export;

import ai.djl.Model;
import io.jnas.accuracy.EvaluatorFactory;
import io.jnas.accuracy.EvaluatorOptions;
import io.jnas.accuracy.EvaluatorOptionsReader;
import io.jnas.accuracy.TrainEvaluator;
import io.jnas.accuracy.TrainResult;
import io.jnas.accuracy.TrainSettings;
import io.jnas.arch.Architecture;
import io.jnas.run.RunConfig;
import java.util.function.Consumer;

/**
 * Trains exported subnets on the run's data set with the run's evaluator options (data set,
 * batch, optimizer, learning rate, sample counts), for an export's own budget in epochs and with
 * the run's seed, whatever evaluator the search used. The data set is loaded and split once.
 *
 * <pre>{@code
 * Finetuner f = Finetuner.of(config, architecture.input(), 5, 0);
 * TrainResult r = f.train(architecture, model -> model.save(folder, "model"));
 * }</pre>
 */
public final class Finetuner {

    private final TrainEvaluator trainer;
    private final String dataSet;

    private Finetuner(TrainEvaluator trainer, String dataSet) {
        this.trainer = trainer;
        this.dataSet = dataSet;
    }

    /**
     * @param epochs passes over the training samples, at least 1
     * @param trainSamples training samples, or 0 for the run's {@code train-samples}
     * @throws IllegalArgumentException naming the option when a value is out of range
     * @throws io.jnas.data.MissingDataException when the data set is not there
     */
    public static Finetuner of(RunConfig config, io.jnas.arch.InputShape input, int epochs,
            int trainSamples) {
        if (epochs < 1 || epochs > 1000) {
            throw new IllegalArgumentException("--finetune-epochs must be in [1, 1000], but was "
                    + epochs);
        }
        if (trainSamples < 0) {
            throw new IllegalArgumentException("--finetune-samples must be >= 1 (or 0 for the"
                    + " run's train-samples), but was " + trainSamples);
        }
        EvaluatorOptions options = EvaluatorOptionsReader.read(config.evaluatorOptions(), input);
        TrainSettings run = options.train();
        TrainSettings s = run.withEpochs(epochs).withSeed(config.seed())
                .withMedianStopping(false, run.medianMinCandidates())
                .withSamples(trainSamples > 0 ? trainSamples : run.trainSamples(),
                        run.validationSamples());
        return new Finetuner(new TrainEvaluator(EvaluatorFactory.pool(options), s),
                options.dataSet());
    }

    /** Trains one subnet and hands the trained model to {@code whenTrained} before closing it. */
    public TrainResult train(Architecture a, Consumer<Model> whenTrained) {
        return trainer.train(a, whenTrained);
    }

    public TrainSettings settings() {
        return trainer.settings();
    }

    public String dataSet() {
        return dataSet;
    }
}
