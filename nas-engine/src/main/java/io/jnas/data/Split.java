package io.jnas.data;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A training set and a validation set drawn from one pool without overlap.
 *
 * <pre>{@code
 * Split s = Split.stratified(pool, 4000, 1000, 42);   // same seed, same samples, same order
 * }</pre>
 *
 * <p>Stratified: each class keeps its share of the pool in both halves (largest remainder
 * rounding), so a small validation set does not tilt towards one class and accuracy differences
 * between candidates are not artefacts of class balance.
 */
public record Split(ImageDataset train, ImageDataset validation) {

    public Split {
        requireNonNull(train, "train");
        requireNonNull(validation, "validation");
    }

    /**
     * Draws {@code trainSize} training and {@code validationSize} validation samples.
     *
     * @throws IllegalArgumentException when the pool has fewer than trainSize + validationSize
     */
    public static Split stratified(ImageDataset pool, int trainSize, int validationSize, long seed) {
        if (trainSize < 1 || validationSize < 1) {
            throw new IllegalArgumentException("trainSize and validationSize must be >= 1, but were "
                    + trainSize + " and " + validationSize);
        }
        if ((long) trainSize + validationSize > pool.size()) {
            throw new IllegalArgumentException("trainSize + validationSize must be <= "
                    + pool.size() + " (the samples in " + pool.name() + "), but was "
                    + ((long) trainSize + validationSize));
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < pool.classes(); c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < pool.size(); i++) {
            byClass.get(pool.label(i)).add(i);
        }
        int[] counts = pool.labelCounts();
        int[] valPer = allocate(validationSize, counts);
        int[] rest = new int[counts.length];
        for (int c = 0; c < counts.length; c++) {
            rest[c] = counts[c] - valPer[c];
        }
        int[] trainPer = allocate(trainSize, rest);
        int[] val = new int[validationSize];
        int[] train = new int[trainSize];
        int v = 0;
        int t = 0;
        for (int c = 0; c < counts.length; c++) {
            int[] idx = byClass.get(c).stream().mapToInt(Integer::intValue).toArray();
            shuffle(idx, rng);
            for (int k = 0; k < valPer[c]; k++) {
                val[v++] = idx[k];
            }
            for (int k = 0; k < trainPer[c]; k++) {
                train[t++] = idx[valPer[c] + k];
            }
        }
        shuffle(train, rng);
        shuffle(val, rng);
        return new Split(pool.subset(pool.name() + "/train", train),
                pool.subset(pool.name() + "/validation", val));
    }

    /** Both halves standardized with the training half's per-channel mean and deviation. */
    public Split standardized() {
        float[] mean = train.channelMeans();
        float[] std = train.channelStds();
        return new Split(train.standardized(mean, std), validation.standardized(mean, std));
    }

    /** Shares of {@code total} proportional to {@code counts}, never above a count. */
    static int[] allocate(int total, int[] counts) {
        long sum = 0;
        for (int c : counts) {
            sum += c;
        }
        int[] out = new int[counts.length];
        double[] remainder = new double[counts.length];
        int given = 0;
        for (int c = 0; c < counts.length; c++) {
            double exact = sum == 0 ? 0 : (double) total * counts[c] / sum;
            out[c] = (int) Math.floor(exact);
            remainder[c] = exact - out[c];
            given += out[c];
        }
        while (given < total) {
            int best = -1;
            for (int c = 0; c < counts.length; c++) {
                if (out[c] < counts[c] && (best < 0 || remainder[c] > remainder[best])) {
                    best = c;
                }
            }
            out[best]++;
            remainder[best] = -1;
            given++;
        }
        return out;
    }

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }
}
