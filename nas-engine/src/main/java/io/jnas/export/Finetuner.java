package io.jnas.export;

import ai.djl.Model;
import io.jnas.accuracy.EvaluatorFactory;
import io.jnas.accuracy.EvaluatorOptions;
import io.jnas.accuracy.EvaluatorOptionsReader;
import io.jnas.accuracy.TrainEvaluator;
import io.jnas.accuracy.TrainResult;
import io.jnas.accuracy.TrainSettings;
import io.jnas.arch.Design;
import io.jnas.data.ImageDataset;
import io.jnas.recorded.TableAccuracy;
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

    /** Times the learning rate is divided by 3 after a diverged fine-tune before giving up. */
    static final int MAX_RETRIES = 2;

    /** One training of a subnet under given settings (the real one: {@link TrainEvaluator}). */
    interface Trainer {
        TrainResult train(TrainSettings s, Design a, Consumer<Model> whenTrained);
    }

    private final Trainer trainer;
    private final TrainSettings base;
    private final String dataSet;
    private TrainSettings last;
    private int retries;

    Finetuner(Trainer trainer, TrainSettings base, String dataSet) {
        this.trainer = trainer;
        this.base = base;
        this.last = base;
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
        return of(config, input, epochs, trainSamples, java.util.Optional.empty());
    }

    /**
     * As above, on another data set than the run's ({@code --finetune-data-set}); required for a
     * run scored from a recorded table, which names no training data.
     */
    public static Finetuner of(RunConfig config, io.jnas.arch.InputShape input, int epochs,
            int trainSamples, java.util.Optional<String> dataSet) {
        if (epochs < 1 || epochs > 1000) {
            throw new IllegalArgumentException("--finetune-epochs must be in [1, 1000], but was "
                    + epochs);
        }
        if (trainSamples < 0) {
            throw new IllegalArgumentException("--finetune-samples must be >= 1 (or 0 for the"
                    + " run's train-samples), but was " + trainSamples);
        }
        java.util.Map<String, String> given = new java.util.LinkedHashMap<>(
                config.evaluatorOptions());
        if (config.evaluator().equals(TableAccuracy.NAME)) {
            if (dataSet.isEmpty()) {
                throw new IllegalArgumentException("--finetune of a run scored from a recorded"
                        + " table (evaluator 'table') needs --finetune-data-set NAME: the table"
                        + " holds no training data (e.g. cifar10 for the NAS-Bench-201 skeleton's"
                        + " 3x32x32 input)");
            }
            given.keySet().retainAll(EvaluatorOptionsReader.KEYS);
        }
        dataSet.ifPresent(d -> given.put("data-set", d));
        EvaluatorOptions options = EvaluatorOptionsReader.read(given, input);
        TrainSettings run = options.train();
        TrainSettings s = run.withEpochs(epochs).withSeed(config.seed())
                .withMedianStopping(false, run.medianMinCandidates())
                .withSamples(trainSamples > 0 ? trainSamples : run.trainSamples(),
                        run.validationSamples());
        ImageDataset pool = EvaluatorFactory.pool(options);
        return new Finetuner((settings, a, w) -> new TrainEvaluator(pool, settings).train(a, w),
                s, options.dataSet());
    }

    /**
     * Trains one subnet and hands the trained model to {@code whenTrained} before closing it.
     * A search's learning rate can be too high for a longer fine-tune of a large subnet: when
     * the loss diverges, training starts again from the same seeded weights with a third of the
     * learning rate, up to {@value #MAX_RETRIES} times ({@link #retries()} says how often).
     */
    public TrainResult train(Design a, Consumer<Model> whenTrained) {
        TrainSettings s = base;
        for (int attempt = 0; ; attempt++) {
            TrainResult r = trainer.train(s, a, whenTrained);
            last = s;
            retries = attempt;
            if (!r.diverged() || attempt == MAX_RETRIES) {
                return r;
            }
            s = s.withOptimizer(s.optimizer(), s.learningRate() / 3);
        }
    }

    /** The settings of the last fine-tune (before any: the base settings). */
    public TrainSettings settings() {
        return last;
    }

    /** How often the last fine-tune was restarted with a lower learning rate. */
    public int retries() {
        return retries;
    }

    public String dataSet() {
        return dataSet;
    }
}
