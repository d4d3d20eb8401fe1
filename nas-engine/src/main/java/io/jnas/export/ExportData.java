package io.jnas.export;

import static java.util.Objects.requireNonNull;

import io.jnas.accuracy.EvaluatorOptions;
import io.jnas.accuracy.EvaluatorOptionsReader;
import io.jnas.accuracy.TrainSettings;
import io.jnas.arch.InputShape;
import io.jnas.data.ClassLabels;
import io.jnas.data.DataSets;
import io.jnas.data.ImageDataset;
import io.jnas.data.Split;
import io.jnas.data.TestSplits;
import io.jnas.model.InputStandardization;
import io.jnas.recorded.TableAccuracy;
import io.jnas.run.RunConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data of one export, loaded once for all its subnets: the training and validation images
 * (drawn stratified with the run's seed), the test images (the data set's published test split,
 * or, where it has none, images held out of training), the standardisation the training images
 * define, the class labels and the training settings (the run's batch, optimizer and learning
 * rate; the export's epochs).
 *
 * <pre>{@code
 * ExportData d = ExportData.of(run.config(), design.input(), ExportTraining.defaults()).get();
 * d.split().train();   // standardized with d.standardization()
 * }</pre>
 *
 * @param split standardized training and validation images
 * @param test standardized test images, never trained on
 * @param testSource where the test images come from, for metrics.json
 * @param trainSource where the training images come from
 */
public record ExportData(String dataSet, Split split, ImageDataset test, String testSource,
        String trainSource, InputStandardization standardization, List<String> labels,
        TrainSettings settings) {

    /** Images held out as test images when a data set has no test split (at most). */
    static final int HELD_OUT = 2000;

    public ExportData {
        requireNonNull(dataSet, "dataSet");
        requireNonNull(split, "split");
        requireNonNull(test, "test");
        requireNonNull(testSource, "testSource");
        requireNonNull(trainSource, "trainSource");
        requireNonNull(standardization, "standardization");
        labels = List.copyOf(labels);
        requireNonNull(settings, "settings");
    }

    /**
     * The run's data set (or the one {@code t} names), or empty for an untrained export of a run
     * that names none (scored from a recorded table).
     *
     * @throws IllegalArgumentException for a trained export of a run scored from a recorded
     *     table without {@code --data-set}, and for bad evaluator options
     * @throws io.jnas.data.MissingDataException when the data set is not there
     */
    public static Optional<ExportData> of(RunConfig config, InputShape input, ExportTraining t) {
        Map<String, String> given = new LinkedHashMap<>(config.evaluatorOptions());
        if (config.evaluator().equals(TableAccuracy.NAME)) {
            if (t.dataSet().isEmpty()) {
                if (!t.trained()) {
                    return Optional.empty();
                }
                throw new IllegalArgumentException("nas export of a run scored from a recorded"
                        + " table (evaluator 'table') needs --data-set NAME to train on (or"
                        + " --untrained): the table holds no training data (e.g. cifar10 for"
                        + " the NAS-Bench-201 skeleton's 3x32x32 input)");
            }
        }
        // the data and training keys only: a supernet run's options also hold its own keys
        // (random-subnets, distill, calibration-samples, store), and the run checked them all
        given.keySet().retainAll(EvaluatorOptionsReader.KEYS);
        t.dataSet().ifPresent(d -> given.put("data-set", d));
        EvaluatorOptions options = EvaluatorOptionsReader.read(given, input);
        DataSets.Found found = DataSets.locate(options.dataSet(), options.locations());
        ImageDataset pool = resized(found.load(), options);
        Optional<TestSplits.Test> published = TestSplits.find(found);
        TrainSettings run = options.train();
        ImageDataset test;
        String testSource;
        if (published.isPresent()) {
            test = resized(published.get().images(), options);
            testSource = "test split " + published.get().source().getFileName() + " ("
                    + test.size() + " images)";
        } else {
            int held = Math.min(HELD_OUT, pool.size() / 5);
            Split apart = Split.stratified(pool, pool.size() - held, held, run.seed() + 1);
            pool = apart.train();
            test = apart.validation();
            testSource = held + " images held out of " + found.files().get(0).getFileName()
                    + " (the data set has no separate test split), never trained on";
        }
        int validation = Math.min(run.validationSamples(), pool.size() / 5);
        int train = Math.min(t.trainImages(), pool.size() - validation);
        Split split = Split.stratified(pool, train, validation, config.seed());
        InputStandardization s = InputStandardization.of(split.train().channelMeans(),
                split.train().channelStds());
        TrainSettings settings = run.withEpochs(t.epochs()).withSeed(config.seed())
                .withMedianStopping(false, run.medianMinCandidates())
                .withSamples(train, validation);
        return Optional.of(new ExportData(options.dataSet(), split.standardized(),
                standardized(test, split.train()), testSource,
                train + " of " + pool.size() + " images of " + found.files().get(0).getFileName(),
                s, ClassLabels.of(options.dataSet()), settings));
    }

    private static ImageDataset resized(ImageDataset d, EvaluatorOptions o) {
        return o.resizeTo() == null ? d : d.resized(o.resizeTo().height(), o.resizeTo().width());
    }

    private static ImageDataset standardized(ImageDataset d, ImageDataset train) {
        return d.standardized(train.channelMeans(), train.channelStds());
    }
}
