package io.jnas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxLoaderTest {

    @TempDir
    Path tmp;

    @Test
    void readsTheRepositorysRealMnistSubset() {
        ImageDataset d = TestData.mnistTest();
        assertEquals(3_000, d.size());
        assertEquals("1x28x28", d.shape());
        assertEquals(10, d.classes());
        // cut stratified from the official test split (datasets/README.md): 300 per class
        assertArrayEquals(new int[] {300, 300, 300, 300, 300, 300, 300, 300, 300, 300},
                d.labelCounts());
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (int i = 0; i < 100; i++) {
            for (int k = 0; k < d.sampleSize(); k++) {
                min = Math.min(min, d.pixel(i, k));
                max = Math.max(max, d.pixel(i, k));
            }
        }
        assertEquals(0f, min);
        assertEquals(1f, max);
        assertEquals(5, d.label(0), "the subset keeps the split's order; its first digit is a 5");
    }

    @Test
    void rawAndGzippedFilesGiveTheSameData() throws IOException {
        byte[] img = images(3, 2, 2, new byte[] {0, 51, 102, (byte) 255, 1, 2, 3, 4, 5, 6, 7, 8});
        byte[] lab = labels(new byte[] {2, 0, 1});
        Path ri = write("raw-images", img, false);
        Path rl = write("raw-labels", lab, false);
        Path gi = write("images.gz", img, true);
        Path gl = write("labels.gz", lab, true);
        ImageDataset raw = IdxLoader.load(ri, rl, "raw");
        ImageDataset gz = IdxLoader.load(gi, gl, "gz");
        assertEquals(3, raw.size());
        assertEquals(3, raw.classes(), "classes inferred as max label + 1");
        assertEquals("1x2x2", raw.shape());
        assertEquals(0.2f, raw.pixel(0, 1), 1e-6);
        assertEquals(1f, raw.pixel(0, 3));
        assertArrayEquals(raw.labels(), gz.labels());
        for (int k = 0; k < 4; k++) {
            assertEquals(raw.pixel(2, k), gz.pixel(2, k));
        }
    }

    @Test
    void imagesAndLabelsSwappedIsNamed() throws IOException {
        Path lab = write("labels", labels(new byte[] {1}), false);
        DataFileException e = assertThrows(DataFileException.class,
                () -> IdxLoader.load(lab, lab, "x"));
        assertTrue(e.getMessage().startsWith(lab + ": IDX magic number must be 0x00000803"
                + " (images), but was 0x00000801 (images and labels swapped?)"), e.getMessage());
        assertEquals(lab, e.file());
    }

    @Test
    void badMagicIsNamed() throws IOException {
        byte[] img = images(1, 1, 1, new byte[] {0});
        img[2] = 0x0d; // a float IDX file
        Path p = write("bad", img, true);
        Path l = write("l", labels(new byte[] {0}), true);
        assertMessage(p + ": IDX magic number must be 0x00000803 (images), but was 0x00000d03",
                () -> IdxLoader.load(p, l, "x"));
    }

    @Test
    void truncatedImagesAreNamed() throws IOException {
        byte[] img = images(4, 2, 2, new byte[16]);
        Path p = write("trunc", Arrays.copyOf(img, img.length - 3), false);
        Path l = write("l", labels(new byte[4]), false);
        assertMessage(p + ": is truncated: the header announces 4 images of 2x2 (16 bytes after the"
                + " header), but only 13 bytes follow", () -> IdxLoader.load(p, l, "x"));
    }

    @Test
    void countMismatchIsNamed() throws IOException {
        Path p = write("i", images(2, 1, 1, new byte[2]), false);
        Path l = write("l", labels(new byte[3]), false);
        assertMessage(l + ": label count must equal the image count 2 of i, but was 3",
                () -> IdxLoader.load(p, l, "x"));
    }

    @Test
    void trailingBytesAreNamed() throws IOException {
        Path p = write("i", images(1, 1, 1, new byte[1]), false);
        Path l = write("l", Arrays.copyOf(labels(new byte[1]), 10), false);
        assertMessage(l + ": has 1 bytes more than the header announces (1 labels, 1 bytes)",
                () -> IdxLoader.load(p, l, "x"));
    }

    @Test
    void tooShortAndTruncatedGzipAndMissingFilesAreNamed() throws IOException {
        Path shortFile = write("short", new byte[] {0, 0, 8}, false);
        Path l = write("l", labels(new byte[1]), false);
        assertMessage(shortFile + ": is too short for an IDX images header (16 bytes), it has 3"
                + " bytes", () -> IdxLoader.load(shortFile, l, "x"));
        byte[] gz = gzip(images(100, 28, 28, new byte[78_400]));
        Path cut = write("cut.gz", Arrays.copyOf(gz, gz.length / 2), false);
        assertMessage(cut + ": is a truncated gzip file (unexpected end of data)",
                () -> IdxLoader.load(cut, l, "x"));
        Path none = tmp.resolve("none");
        assertMessage(none + ": does not exist", () -> IdxLoader.load(none, l, "x"));
    }

    @Test
    void labelsBeyondTheGivenClassesAreNamed() throws IOException {
        Path p = write("i", images(1, 1, 1, new byte[1]), false);
        Path l = write("l", labels(new byte[] {12}), false);
        assertMessage(l + ": labels must be in [0, 9], but one was 12",
                () -> IdxLoader.load(p, l, "x", 10));
    }

    static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        DataFileException e = assertThrows(DataFileException.class, call);
        assertEquals(expected, e.getMessage());
    }

    static byte[] images(int n, int rows, int cols, byte[] pixels) {
        return ByteBuffer.allocate(16 + pixels.length).putInt(IdxLoader.IMAGES_MAGIC).putInt(n)
                .putInt(rows).putInt(cols).put(pixels).array();
    }

    static byte[] labels(byte[] labels) {
        return ByteBuffer.allocate(8 + labels.length).putInt(IdxLoader.LABELS_MAGIC)
                .putInt(labels.length).put(labels).array();
    }

    static byte[] gzip(byte[] data) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    private Path write(String name, byte[] data, boolean gz) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, gz ? gzip(data) : data);
        return p;
    }
}
