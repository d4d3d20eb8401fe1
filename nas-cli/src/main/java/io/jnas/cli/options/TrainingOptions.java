package io.jnas.cli.options;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The data and training flags of the commands that train subnets themselves ({@code eval-bench},
 * {@code supernet reference}), named as the evaluator options are ({@code data-set},
 * {@code train-samples}, {@code val-samples}, ...), so a flag and an {@code --evaluator-option}
 * key say the same thing. Each command passes its own defaults:
 * {@code @Mixin TrainingOptions training = new TrainingOptions(Defaults...)}; picocli shows them
 * as the defaults in the help.
 *
 * <p>The former spellings {@code --dataset}, {@code --samples} and {@code --validation} still
 * work (hidden from the help).
 */
public final class TrainingOptions {

    /** A command's defaults. */
    public record Defaults(String dataSet, int trainSamples, int valSamples, int epochs,
            int batch, float lr) {
    }

    @Option(names = "--data-set", paramLabel = "NAME",
            description = "fashion-mnist, mnist, digits or cifar10 (default: ${DEFAULT-VALUE})")
    String dataSet;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "data directory searched"
            + " first (then $NAS_DATASETS, /usr/share/datasets, ~/.cache/jnas/datasets; then a"
            + " download; then the repository's small subset in datasets/)")
    Path dataDir;

    @Option(names = "--train-samples", paramLabel = "N",
            description = "training samples (default: ${DEFAULT-VALUE})")
    int trainSamples;

    @Option(names = "--val-samples", paramLabel = "N",
            description = "validation samples (default: ${DEFAULT-VALUE})")
    int valSamples;

    @Option(names = "--epochs", paramLabel = "N", description = "epochs (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--batch", paramLabel = "N", description = "batch size (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--lr", paramLabel = "RATE",
            description = "learning rate (default: ${DEFAULT-VALUE})")
    float lr;

    public TrainingOptions(Defaults d) {
        dataSet = d.dataSet();
        trainSamples = d.trainSamples();
        valSamples = d.valSamples();
        epochs = d.epochs();
        batch = d.batch();
        lr = d.lr();
    }

    @Option(names = "--dataset", hidden = true, paramLabel = "NAME")
    void dataset(String name) {
        dataSet = name;
    }

    @Option(names = "--samples", hidden = true, paramLabel = "N")
    void samples(int n) {
        trainSamples = n;
    }

    @Option(names = "--validation", hidden = true, paramLabel = "N")
    void validation(int n) {
        valSamples = n;
    }

    public String dataSet() {
        return dataSet;
    }

    /** The data folder given, or null. */
    public Path dataDir() {
        return dataDir;
    }

    public int trainSamples() {
        return trainSamples;
    }

    public int valSamples() {
        return valSamples;
    }

    public int epochs() {
        return epochs;
    }

    public int batch() {
        return batch;
    }

    public float lr() {
        return lr;
    }
}
