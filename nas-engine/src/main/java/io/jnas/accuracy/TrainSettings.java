package io.jnas.accuracy;

import static java.util.Objects.requireNonNull;

/**
 * How a candidate is trained: the budget (epochs over the training subset, or an exact number of
 * optimizer steps), batch size, how many samples train and validate, the optimizer and the seed.
 *
 * <pre>{@code
 * TrainSettings s = TrainSettings.defaults().withSamples(2000, 1000).withEpochs(2);
 * }</pre>
 *
 * @param epochs passes over the training subset; used when {@code steps} is 0
 * @param steps exact optimizer steps, or 0 to train for {@code epochs}
 * @param batchSize samples per optimizer step
 * @param trainSamples training samples drawn from the pool (the rest of the budget's speed)
 * @param validationSamples validation samples drawn from the pool, disjoint from training
 * @param learningRate the optimizer's fixed learning rate
 * @param optimizer Adam, or SGD with momentum 0.9
 * @param seed seeds the split, the batch order and the weight initialization
 * @param medianStopping stop a candidate below the median at an epoch checkpoint
 * @param medianMinCandidates candidates needed at a checkpoint before the rule stops anyone
 */
public record TrainSettings(int epochs, int steps, int batchSize, int trainSamples,
        int validationSamples, float learningRate, OptimizerKind optimizer, long seed,
        boolean medianStopping, int medianMinCandidates) {

    /** The optimizers on offer. */
    public enum OptimizerKind { ADAM, SGD }

    public TrainSettings {
        check("epochs", epochs, 1, 1000);
        check("steps", steps, 0, 10_000_000);
        check("batchSize", batchSize, 1, 4096);
        check("trainSamples", trainSamples, 1, 10_000_000);
        check("validationSamples", validationSamples, 1, 10_000_000);
        if (!(learningRate > 0 && learningRate <= 10)) {
            throw new IllegalArgumentException("learningRate must be in (0, 10], but was "
                    + learningRate);
        }
        requireNonNull(optimizer, "optimizer");
        check("medianMinCandidates", medianMinCandidates, 1, 1_000_000);
    }

    private static void check(String name, int v, int min, int max) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(
                    name + " must be in [" + min + ", " + max + "], but was " + v);
        }
    }

    /**
     * Settings for the default search (28x28 grey, 2 CPU cores, about 10 CPU-seconds per candidate
     * of the default space): 1,000 training and 500 validation samples, 1 epoch of batch 32, Adam
     * at 0.003, median stopping off (it acts at epoch checkpoints; switch it on with 2 or more
     * epochs).
     */
    public static TrainSettings defaults() {
        return new TrainSettings(1, 0, 32, 1000, 500, 0.003f, OptimizerKind.ADAM, 42L, false, 5);
    }

    public TrainSettings withEpochs(int newEpochs) {
        return new TrainSettings(newEpochs, 0, batchSize, trainSamples, validationSamples,
                learningRate, optimizer, seed, medianStopping, medianMinCandidates);
    }

    public TrainSettings withSteps(int newSteps) {
        return new TrainSettings(epochs, newSteps, batchSize, trainSamples, validationSamples,
                learningRate, optimizer, seed, medianStopping, medianMinCandidates);
    }

    public TrainSettings withBatchSize(int newBatch) {
        return new TrainSettings(epochs, steps, newBatch, trainSamples, validationSamples,
                learningRate, optimizer, seed, medianStopping, medianMinCandidates);
    }

    public TrainSettings withSamples(int train, int validation) {
        return new TrainSettings(epochs, steps, batchSize, train, validation, learningRate,
                optimizer, seed, medianStopping, medianMinCandidates);
    }

    public TrainSettings withOptimizer(OptimizerKind kind, float lr) {
        return new TrainSettings(epochs, steps, batchSize, trainSamples, validationSamples, lr,
                kind, seed, medianStopping, medianMinCandidates);
    }

    public TrainSettings withSeed(long newSeed) {
        return new TrainSettings(epochs, steps, batchSize, trainSamples, validationSamples,
                learningRate, optimizer, newSeed, medianStopping, medianMinCandidates);
    }

    public TrainSettings withMedianStopping(boolean on, int minCandidates) {
        return new TrainSettings(epochs, steps, batchSize, trainSamples, validationSamples,
                learningRate, optimizer, seed, on, minCandidates);
    }

    /** Optimizer steps in one pass over the training subset (the last batch may be partial). */
    public int stepsPerEpoch() {
        return (trainSamples + batchSize - 1) / batchSize;
    }

    /** Total optimizer steps of the budget. */
    public int totalSteps() {
        return steps > 0 ? steps : epochs * stepsPerEpoch();
    }

    /** One line for logs and benchmark headers. */
    public String describe() {
        return (steps > 0 ? steps + " steps" : epochs + " epoch" + (epochs == 1 ? "" : "s"))
                + ", batch " + batchSize + ", " + trainSamples + " train / " + validationSamples
                + " validation samples, " + optimizer.name().toLowerCase(java.util.Locale.ROOT)
                + " lr " + learningRate + ", seed " + seed
                + (medianStopping ? ", median stopping after " + medianMinCandidates : "");
    }
}
