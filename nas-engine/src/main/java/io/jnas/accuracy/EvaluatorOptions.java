package io.jnas.accuracy;

import static java.util.Objects.requireNonNull;

import io.jnas.arch.InputShape;
import io.jnas.data.DataLocations;

/**
 * What {@link EvaluatorFactory} needs to build any evaluator: the data set and where to find it,
 * the training settings, the proxies' batch size and seed.
 *
 * @param dataSet a name known to {@link io.jnas.data.DataSetCatalog} (train, gradnorm)
 * @param locations where data sets are looked for and whether they may be downloaded
 * @param resizeTo resize the data's images to this shape's height and width, or null to demand
 *     that the data already fits the space
 * @param train training settings (train); its seed also seeds the proxies
 * @param proxyBatch mini-batch size of the data-driven proxies (gradnorm)
 * @param verify train each candidate twice and keep its accuracy only when both agree (train;
 *     the proxies always compute twice, see {@link AgreedScore})
 */
public record EvaluatorOptions(String dataSet, DataLocations locations, InputShape resizeTo,
        TrainSettings train, int proxyBatch, boolean verify) {

    public EvaluatorOptions {
        requireNonNull(dataSet, "dataSet");
        requireNonNull(locations, "locations");
        requireNonNull(train, "train");
        if (proxyBatch < 2 || proxyBatch > 4096) {
            throw new IllegalArgumentException("proxyBatch must be in [2, 4096], but was "
                    + proxyBatch);
        }
    }

    /** Options without verification of trainings. */
    public EvaluatorOptions(String dataSet, DataLocations locations, InputShape resizeTo,
            TrainSettings train, int proxyBatch) {
        this(dataSet, locations, resizeTo, train, proxyBatch, false);
    }

    /** Fashion-MNIST from the standard locations, default training, proxy batch 64. */
    public static EvaluatorOptions defaults() {
        return new EvaluatorOptions("fashion-mnist", DataLocations.fromEnvironment(null, true),
                null, TrainSettings.defaults(), 64);
    }

    public long seed() {
        return train.seed();
    }

    public EvaluatorOptions withDataSet(String name, DataLocations where) {
        return new EvaluatorOptions(name, where, resizeTo, train, proxyBatch, verify);
    }

    public EvaluatorOptions withTrain(TrainSettings settings) {
        return new EvaluatorOptions(dataSet, locations, resizeTo, settings, proxyBatch, verify);
    }

    public EvaluatorOptions withResize(InputShape shape) {
        return new EvaluatorOptions(dataSet, locations, shape, train, proxyBatch, verify);
    }
}
