package io.jnas.supernet;

import static java.util.Objects.requireNonNull;

import io.jnas.data.DataLocations;
import io.jnas.data.DataSets;
import io.jnas.data.ImageDataset;
import io.jnas.data.Split;
import io.jnas.space.SearchSpace;

/**
 * The split a supernet trains and validates on (stratified, seeded, standardized) and the size of
 * the pool it was drawn from: the same settings over another pool (the full Fashion-MNIST or the
 * repository's 9,000-image subset) draw other images, so the pool size is part of the store's
 * name.
 *
 * @param split training and validation images
 * @param poolSize images in the data set's pool
 */
public record SupernetData(Split split, int poolSize) {

    public SupernetData {
        requireNonNull(split, "split");
    }

    /**
     * @throws IllegalArgumentException when the pool is smaller than the two halves, or its
     *     images do not fit the space
     * @throws io.jnas.data.MissingDataException when the data set is not there
     */
    public static SupernetData load(SearchSpace space, SupernetSettings s, DataLocations where) {
        ImageDataset pool = DataSets.load(s.dataSet(), where);
        if (pool.channels() != space.input().channels() || pool.height() != space.input().height()
                || pool.width() != space.input().width()) {
            throw new IllegalArgumentException("data set '" + s.dataSet() + "' must have images of"
                    + " the space's input " + space.input() + ", but has " + pool.shape());
        }
        return new SupernetData(Split.stratified(pool, s.trainSamples(), s.validationSamples(),
                s.seed()).standardized(), pool.size());
    }

    /** The store of these data under {@code root}. */
    public SupernetStore store(java.nio.file.Path root, SearchSpace space, SupernetSettings s) {
        return SupernetStore.of(root, space, s, poolSize);
    }
}
