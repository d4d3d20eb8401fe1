package io.jnas.accuracy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.jnas.arch.Design;
import io.jnas.data.ImageDataset;
import java.util.SplittableRandom;

/** Copies samples of an {@link ImageDataset} into NCHW tensors and checks data against nets. */
final class Batches {

    private Batches() {
    }

    /** Samples {@code indices[from..to)} as an NCHW float32 tensor in {@code m}. */
    static NDArray images(NDManager m, ImageDataset d, int[] indices, int from, int to) {
        int s = d.sampleSize();
        float[] x = new float[(to - from) * s];
        for (int i = from; i < to; i++) {
            d.copySample(indices[i], x, (i - from) * s);
        }
        return m.create(x, new Shape(to - from, d.channels(), d.height(), d.width()));
    }

    /** Their labels as an int64 vector (the class indices cross-entropy picks). */
    static NDArray labels(NDManager m, ImageDataset d, int[] indices, int from, int to) {
        long[] y = new long[to - from];
        for (int i = from; i < to; i++) {
            y[i - from] = d.label(indices[i]);
        }
        return m.create(y);
    }

    /**
     * Checks that a data set fits an architecture.
     *
     * @throws IllegalArgumentException naming both shapes and the ways out
     */
    static void checkFits(ImageDataset d, Design a) {
        var in = a.input();
        int classes = a.classes();
        if (d.channels() != in.channels() || d.height() != in.height() || d.width() != in.width()) {
            throw new IllegalArgumentException("data set '" + d.name() + "' has samples of "
                    + d.shape() + ", but the architecture takes " + in + ": use a search space whose"
                    + " input is " + d.shape() + ", a data set of " + in
                    + (d.channels() == in.channels() ? ", or resize the data (--resize)" : ""));
        }
        if (d.classes() > classes) {
            throw new IllegalArgumentException("data set '" + d.name() + "' has " + d.classes()
                    + " classes, but the architecture has only " + classes + " outputs");
        }
    }

    /** 0, 1, ..., n - 1. */
    static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /** Fisher-Yates shuffle of {@code a} in place, driven by {@code rng}. */
    static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
