package io.jnas.export;

import io.jnas.data.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * IDX files as bytes, with no preprocessing: the pixel values exactly as in the file (what a
 * user feeds an exported model), and a train/test pair cut from the real MNIST test split so an
 * export has a published test split to score on.
 *
 * @param pixels n images of rows x cols bytes, row-major
 */
record RawIdx(byte[] pixels, byte[] labels, int rows, int cols) {

    int size() {
        return labels.length;
    }

    /** Reads an images file and its labels file (.gz). */
    static RawIdx read(Path images, Path labels) throws IOException {
        ByteBuffer x = ByteBuffer.wrap(gunzip(images));
        ByteBuffer y = ByteBuffer.wrap(gunzip(labels));
        if (x.getInt() != 0x803 || y.getInt() != 0x801) {
            throw new IOException("not an IDX images/labels pair: " + images + ", " + labels);
        }
        int n = x.getInt();
        int rows = x.getInt();
        int cols = x.getInt();
        y.getInt();
        byte[] p = Arrays.copyOfRange(x.array(), 16, 16 + n * rows * cols);
        return new RawIdx(p, Arrays.copyOfRange(y.array(), 8, 8 + n), rows, cols);
    }

    /**
     * A data folder {@code <dir>/mnist/} with MNIST's test split cut in two: the last
     * {@code min(maxTest, n / 5)} images as {@code t10k-*}, the others as {@code train-*}.
     */
    static Path mnistFolder(Path dir, int maxTest) throws IOException {
        RawIdx all = read(TestData.mnist("t10k-images-idx3-ubyte.gz"),
                TestData.mnist("t10k-labels-idx1-ubyte.gz"));
        int test = Math.min(maxTest, all.size() / 5);
        Path mnist = Files.createDirectories(dir.resolve("mnist"));
        all.slice(0, all.size() - test).write(mnist, "train");
        all.slice(all.size() - test, all.size()).write(mnist, "t10k");
        return dir;
    }

    RawIdx slice(int from, int to) {
        int s = rows * cols;
        return new RawIdx(Arrays.copyOfRange(pixels, from * s, to * s),
                Arrays.copyOfRange(labels, from, to), rows, cols);
    }

    /** Image {@code i} as {@code count} consecutive images' bytes from {@code i}. */
    byte[] images(int from, int count) {
        int s = rows * cols;
        return Arrays.copyOfRange(pixels, from * s, (from + count) * s);
    }

    private void write(Path folder, String prefix) throws IOException {
        ByteBuffer x = ByteBuffer.allocate(16 + pixels.length).putInt(0x803).putInt(size())
                .putInt(rows).putInt(cols).put(pixels);
        ByteBuffer y = ByteBuffer.allocate(8 + labels.length).putInt(0x801).putInt(size())
                .put(labels);
        gzip(folder.resolve(prefix + "-images-idx3-ubyte.gz"), x.array());
        gzip(folder.resolve(prefix + "-labels-idx1-ubyte.gz"), y.array());
    }

    private static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }

    private static void gzip(Path p, byte[] data) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(data);
        }
    }
}
