package io.jnas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplitTest {

    /** 1000 samples of 1x1x1 whose pixel is the sample's index; classes 0..3 unbalanced. */
    static ImageDataset indexed() {
        int n = 1000;
        float[] x = new float[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = i < 400 ? 0 : i < 700 ? 1 : i < 900 ? 2 : 3; // 40/30/20/10 %
        }
        return ImageDataset.of("idx", 1, 1, 1, 4, x, y);
    }

    static Set<Integer> ids(ImageDataset d) {
        Set<Integer> s = new HashSet<>();
        for (int i = 0; i < d.size(); i++) {
            s.add((int) d.pixel(i, 0));
        }
        return s;
    }

    @Test
    void sizesAreExactAndHalvesAreDisjoint() {
        Split s = Split.stratified(indexed(), 300, 100, 7);
        assertEquals(300, s.train().size());
        assertEquals(100, s.validation().size());
        Set<Integer> t = ids(s.train());
        Set<Integer> v = ids(s.validation());
        assertEquals(300, t.size(), "no sample twice");
        t.retainAll(v);
        assertTrue(t.isEmpty(), "train and validation overlap: " + t);
    }

    @Test
    void classSharesArePreserved() {
        Split s = Split.stratified(indexed(), 300, 100, 7);
        assertArrayEquals(new int[] {120, 90, 60, 30}, s.train().labelCounts());
        assertArrayEquals(new int[] {40, 30, 20, 10}, s.validation().labelCounts());
        Split odd = Split.stratified(indexed(), 7, 3, 7);
        assertEquals(7, odd.train().size());
        assertEquals(3, odd.validation().size());
    }

    @Test
    void sameSeedSameSamplesOtherSeedOthers() {
        Split a = Split.stratified(indexed(), 300, 100, 7);
        Split b = Split.stratified(indexed(), 300, 100, 7);
        Split c = Split.stratified(indexed(), 300, 100, 8);
        for (int i = 0; i < 300; i++) {
            assertEquals(a.train().pixel(i, 0), b.train().pixel(i, 0));
        }
        assertNotEquals(ids(a.validation()), ids(c.validation()));
    }

    @Test
    void tooManySamplesAreRejectedWithTheNumbers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Split.stratified(indexed(), 950, 100, 1));
        assertEquals("trainSize + validationSize must be <= 1000 (the samples in idx), but was 1050",
                e.getMessage());
    }

    @Test
    void standardizedUsesTrainingStatisticsForBoth() {
        Split s = Split.stratified(indexed(), 500, 200, 3).standardized();
        assertEquals(0f, s.train().channelMeans()[0], 1e-3);
        assertEquals(1f, s.train().channelStds()[0], 1e-3);
        assertNotEquals(0f, s.validation().channelMeans()[0], "validation is not re-centred");
    }

    @Test
    void allocateIsProportionalAndCapped() {
        assertArrayEquals(new int[] {2, 1, 1}, Split.allocate(4, new int[] {5, 3, 2}));
        assertArrayEquals(new int[] {1, 0}, Split.allocate(1, new int[] {1, 1}));
        assertArrayEquals(new int[] {0, 4}, Split.allocate(4, new int[] {3, 100}));
    }
}
