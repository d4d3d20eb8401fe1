package io.jnas.search.fitness;

import java.util.List;

/**
 * Picks the winner of a tournament among sampled population members: the parent of the next
 * child in regularized evolution.
 */
public interface Tournament {

    /**
     * Index of the winner in {@code sample}; the first of equals wins, so results do not depend
     * on anything but the order of the sample.
     *
     * @throws IllegalArgumentException when the sample is empty
     */
    int winner(List<? extends Scored> sample);
}
