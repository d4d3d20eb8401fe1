package io.jnas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The repository's real CIFAR-10 JPEG subset, read in place (no extraction). */
class Cifar10JpegIT {

    @Test
    void readsTheRealArchiveWithALimitPerClass() {
        DataSets.Found f = DataSets.locate("cifar10", DataLocations.only(TestData.dir()));
        assertEquals(TestData.dir().resolve("cifar10/cifar10-jpg.tar.gz"), f.files().get(0));
        ImageDataset test = Cifar10Loader.loadJpeg(f.files().get(0), "test", 100);
        assertEquals(1000, test.size());
        assertEquals("3x32x32", test.shape());
        assertArrayEquals(new int[] {100, 100, 100, 100, 100, 100, 100, 100, 100, 100},
                test.labelCounts());
        float[] mean = test.channelMeans();
        for (float m : mean) {
            assertTrue(m > 0.3f && m < 0.7f, "natural images average mid-grey: " + m);
        }
        assertTrue(mean[2] < mean[0], "CIFAR-10 is less blue than red on average");
    }
}
