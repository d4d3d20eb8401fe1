package io.jnas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ImageDatasetTest {

    @Test
    void ofCopiesItsInputs() {
        float[] x = {0.5f, 0.25f};
        int[] y = {1, 0};
        ImageDataset d = ImageDataset.of("d", 1, 1, 1, 2, x, y);
        x[0] = 9;
        y[0] = 0;
        assertEquals(0.5f, d.pixel(0, 0));
        assertEquals(1, d.label(0));
        d.labels()[0] = 5;
        assertEquals(1, d.label(0));
    }

    @Test
    void badShapesAndLabelsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageDataset.of("d", 1, 2, 2, 2, new float[7], new int[2]));
        assertEquals("pixels must have 8 values (2 samples of 1x2x2), but had 7", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ImageDataset.of("d", 1, 1, 1, 2, new float[1], new int[] {2}));
        assertEquals("labels[0] must be in [0, 1], but was 2", e.getMessage());
    }

    @Test
    void bilinearResizeKeepsConstantsAndInterpolates() {
        // one 1x2x2 image [[0, 1], [1, 0]] and one constant 0.5 image
        ImageDataset d = ImageDataset.of("d", 1, 2, 2, 1, new float[] {0, 1, 1, 0, .5f, .5f, .5f, .5f},
                new int[] {0, 0});
        ImageDataset r = d.resized(4, 4);
        assertEquals("1x4x4", r.shape());
        for (int k = 0; k < 16; k++) {
            assertEquals(0.5f, r.pixel(1, k), 1e-6);
        }
        assertEquals(0f, r.pixel(0, 0), 1e-6, "corner keeps its value");
        assertEquals(0.25f, r.pixel(0, 1), 1e-6, "a quarter of the way to the right neighbour");
        assertEquals(0.375f, r.pixel(0, 5), 1e-6, "(0.25, 0.25) from the top-left pixel");
        assertSame(d, d.resized(2, 2));
        ImageDataset small = r.resized(2, 2);
        assertEquals(2, small.height());
    }

    @Test
    void subsetStatisticsAndStandardization() {
        ImageDataset d = ImageDataset.of("d", 2, 1, 2, 3,
                new float[] {0, 2, 10, 10, 4, 6, 10, 30}, new int[] {2, 1});
        assertEquals(3f, d.channelMeans()[0], 1e-6);
        assertEquals(15f, d.channelMeans()[1], 1e-6);
        assertEquals((float) Math.sqrt(5), d.channelStds()[0], 1e-6);
        ImageDataset s = d.standardized(d.channelMeans(), d.channelStds());
        assertEquals(0f, s.channelMeans()[0], 1e-6);
        assertEquals(1f, s.channelStds()[1], 1e-5);
        ImageDataset one = d.subset("one", new int[] {1});
        assertEquals(1, one.size());
        assertEquals(1, one.label(0));
        assertEquals(30f, one.pixel(0, 3));
        assertEquals(3, one.labelCounts().length);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> d.standardized(new float[1], new float[1]));
        assertEquals("mean and std must have 2 values (one per channel), but had 1 and 1",
                e.getMessage());
    }
}
