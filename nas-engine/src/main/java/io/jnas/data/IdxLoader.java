package io.jnas.data;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Reads the IDX format of MNIST and Fashion-MNIST: a big-endian header (magic {@code 0x00000803}
 * for images, {@code 0x00000801} for labels, then the counts and sizes) followed by unsigned
 * bytes. Files may be gzipped or raw. Pixels are scaled to [0, 1].
 *
 * <pre>{@code
 * ImageDataset d = IdxLoader.load(dir.resolve("t10k-images-idx3-ubyte.gz"),
 *         dir.resolve("t10k-labels-idx1-ubyte.gz"), "mnist-t10k");
 * }</pre>
 */
public final class IdxLoader {

    static final int IMAGES_MAGIC = 0x00000803;
    static final int LABELS_MAGIC = 0x00000801;

    private IdxLoader() {
    }

    /**
     * Loads images and labels; the number of classes is the largest label plus one.
     *
     * @throws DataFileException naming the file when a header, a count or the length is wrong
     */
    public static ImageDataset load(Path images, Path labels, String name) {
        return load(images, labels, name, 0);
    }

    /**
     * As {@link #load(Path, Path, String)} with a fixed class count ({@code 0}: inferred), so a
     * subset missing a class still has the data set's classes.
     */
    public static ImageDataset load(Path images, Path labels, String name, int classes) {
        byte[] img = FileBytes.read(images);
        byte[] lab = FileBytes.read(labels);
        int[] header = header(images, img, IMAGES_MAGIC, 3, "images");
        int n = header[0];
        int rows = header[1];
        int cols = header[2];
        if (rows < 1 || rows > 4096 || cols < 1 || cols > 4096) {
            throw new DataFileException(images,
                    "image size must be in [1, 4096] x [1, 4096], but was " + rows + "x" + cols);
        }
        long pixelsLength = (long) n * rows * cols;
        expectLength(images, img.length - 16L, pixelsLength, n + " images of " + rows + "x" + cols);
        int[] lh = header(labels, lab, LABELS_MAGIC, 1, "labels");
        if (lh[0] != n) {
            throw new DataFileException(labels, "label count must equal the image count " + n
                    + " of " + images.getFileName() + ", but was " + lh[0]);
        }
        expectLength(labels, lab.length - 8L, n, n + " labels");
        int[] y = new int[n];
        int max = -1;
        for (int i = 0; i < n; i++) {
            y[i] = lab[8 + i] & 0xff;
            max = Math.max(max, y[i]);
        }
        if (classes != 0 && max >= classes) {
            throw new DataFileException(labels, "labels must be in [0, " + (classes - 1)
                    + "], but one was " + max);
        }
        float[] x = new float[(int) pixelsLength];
        for (int i = 0; i < x.length; i++) {
            x[i] = (img[16 + i] & 0xff) / 255f;
        }
        return ImageDataset.wrap(name, 1, rows, cols, classes == 0 ? Math.max(1, max + 1) : classes,
                x, y);
    }

    /** The dimension counts after the magic number, checked. */
    private static int[] header(Path file, byte[] data, int magic, int dims, String what) {
        int headerLength = 4 + 4 * dims;
        if (data.length >= 4) {
            int m = ByteBuffer.wrap(data).getInt();
            if (m != magic) {
                throw new DataFileException(file, "IDX magic number must be 0x"
                        + String.format("%08x", magic) + " (" + what + "), but was 0x"
                        + String.format("%08x", m)
                        + (m == (magic ^ 0x2) ? " (images and labels swapped?)" : ""));
            }
        }
        if (data.length < headerLength) {
            throw new DataFileException(file, "is too short for an IDX " + what + " header ("
                    + headerLength + " bytes), it has " + data.length + " bytes");
        }
        ByteBuffer b = ByteBuffer.wrap(data, 4, data.length - 4);
        int[] out = new int[dims];
        for (int i = 0; i < dims; i++) {
            out[i] = b.getInt();
            if (out[i] < 0) {
                throw new DataFileException(file, "IDX dimension " + i + " must be >= 0, but was "
                        + out[i]);
            }
        }
        return out;
    }

    private static void expectLength(Path file, long actual, long expected, String what) {
        if (actual < expected) {
            throw new DataFileException(file, "is truncated: the header announces " + what + " ("
                    + expected + " bytes after the header), but only " + actual + " bytes follow");
        }
        if (actual > expected) {
            throw new DataFileException(file, "has " + (actual - expected)
                    + " bytes more than the header announces (" + what + ", " + expected
                    + " bytes)");
        }
    }
}
