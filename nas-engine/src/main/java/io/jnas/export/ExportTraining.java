package io.jnas.export;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How an export makes the weights it writes: trained on the run's data set (the default), or,
 * only when asked ({@code --untrained}), the starting weights as they are.
 *
 * <pre>{@code
 * ExportTraining t = ExportTraining.defaults().withBudget(5, 20_000);
 * }</pre>
 *
 * @param trained whether each subnet is trained before it is written
 * @param epochs passes over the training images
 * @param trainImages training images drawn from the data set's training split (fewer when it
 *     has fewer)
 * @param dataSet the data set to train and test on, or empty for the run's
 */
public record ExportTraining(boolean trained, int epochs, int trainImages,
        Optional<String> dataSet) {

    /**
     * The default budget: 3 epochs over 6,000 images. On 2 CPU cores one subnet of mnist-small
     * trains in about 30 s and a front of 6 exports in a few minutes, each well above chance on
     * Fashion-MNIST's test split (README, "Export").
     */
    public static final int DEFAULT_EPOCHS = 3;
    public static final int DEFAULT_TRAIN_IMAGES = 6000;

    public ExportTraining {
        requireNonNull(dataSet, "dataSet");
        if (epochs < 1 || epochs > 1000) {
            throw new IllegalArgumentException("--epochs must be in [1, 1000], but was " + epochs);
        }
        if (trainImages < 1) {
            throw new IllegalArgumentException("--train-images must be >= 1, but was "
                    + trainImages);
        }
    }

    /** Trained with the default budget on the run's data set. */
    public static ExportTraining defaults() {
        return new ExportTraining(true, DEFAULT_EPOCHS, DEFAULT_TRAIN_IMAGES, Optional.empty());
    }

    /** Untrained: the starting weights are written as they are. */
    public static ExportTraining untrained() {
        return new ExportTraining(false, DEFAULT_EPOCHS, DEFAULT_TRAIN_IMAGES, Optional.empty());
    }

    public ExportTraining withBudget(int newEpochs, int newTrainImages) {
        return new ExportTraining(trained, newEpochs, newTrainImages, dataSet);
    }

    public ExportTraining withDataSet(String name) {
        return new ExportTraining(trained, epochs, trainImages, Optional.of(name));
    }
}
