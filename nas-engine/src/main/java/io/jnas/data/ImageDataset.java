package io.jnas.data;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * Labelled images held in memory as float pixels in NCHW order; immutable (every accessor copies
 * or reads, every transformation returns a new set).
 *
 * <pre>{@code
 * ImageDataset all = IdxLoader.load(images, labels, "mnist");
 * float[] x = new float[batch * all.sampleSize()];
 * all.copySample(i, x, k * all.sampleSize());   // sample i into slot k of a batch
 * }</pre>
 *
 * <p>Loaders scale pixels to [0, 1]; {@link #standardized(float[], float[])} turns them into
 * zero-mean, unit-variance values per channel.
 */
public final class ImageDataset {

    private final String name;
    private final int channels;
    private final int height;
    private final int width;
    private final int classes;
    private final float[] pixels;
    private final int[] labels;

    private ImageDataset(String name, int channels, int height, int width, int classes,
            float[] pixels, int[] labels) {
        this.name = requireNonNull(name, "name");
        check("channels", channels, 1, 4096);
        check("height", height, 1, 4096);
        check("width", width, 1, 4096);
        check("classes", classes, 1, 100_000);
        requireNonNull(pixels, "pixels");
        requireNonNull(labels, "labels");
        long expected = (long) labels.length * channels * height * width;
        if (pixels.length != expected) {
            throw new IllegalArgumentException("pixels must have " + expected + " values ("
                    + labels.length + " samples of " + channels + "x" + height + "x" + width
                    + "), but had " + pixels.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("labels[" + i + "] must be in [0, "
                        + (classes - 1) + "], but was " + labels[i]);
            }
        }
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.classes = classes;
        this.pixels = pixels;
        this.labels = labels;
    }

    private static void check(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    what + " must be in [" + min + ", " + max + "], but was " + value);
        }
    }

    /** A data set from copies of the given arrays. */
    public static ImageDataset of(String name, int channels, int height, int width, int classes,
            float[] pixels, int[] labels) {
        return new ImageDataset(name, channels, height, width, classes, pixels.clone(),
                labels.clone());
    }

    /** Takes ownership of the arrays (loaders build them and never touch them again). */
    static ImageDataset wrap(String name, int channels, int height, int width, int classes,
            float[] pixels, int[] labels) {
        return new ImageDataset(name, channels, height, width, classes, pixels, labels);
    }

    public String name() {
        return name;
    }

    public int size() {
        return labels.length;
    }

    public int channels() {
        return channels;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** Number of classes; labels are in [0, classes). */
    public int classes() {
        return classes;
    }

    /** Values per sample: channels * height * width. */
    public int sampleSize() {
        return channels * height * width;
    }

    public int label(int index) {
        return labels[index];
    }

    /** A copy of all labels, in sample order. */
    public int[] labels() {
        return labels.clone();
    }

    /** One pixel value of one sample; {@code offset} indexes the sample's CHW values. */
    public float pixel(int index, int offset) {
        if (offset < 0 || offset >= sampleSize()) {
            throw new IndexOutOfBoundsException("offset " + offset + " of " + sampleSize());
        }
        return pixels[index * sampleSize() + offset];
    }

    /** Copies sample {@code index} (CHW order) into {@code target} from {@code targetOffset}. */
    public void copySample(int index, float[] target, int targetOffset) {
        System.arraycopy(pixels, index * sampleSize(), target, targetOffset, sampleSize());
    }

    /** Samples per class, indexed by label. */
    public int[] labelCounts() {
        int[] counts = new int[classes];
        for (int l : labels) {
            counts[l]++;
        }
        return counts;
    }

    /** The samples at {@code indices}, in that order, under a new name. */
    public ImageDataset subset(String newName, int[] indices) {
        int s = sampleSize();
        float[] p = new float[indices.length * s];
        int[] l = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(pixels, indices[i] * s, p, i * s, s);
            l[i] = labels[indices[i]];
        }
        return new ImageDataset(newName, channels, height, width, classes, p, l);
    }

    /** Mean of each channel over all samples and pixels. */
    public float[] channelMeans() {
        double[] sum = new double[channels];
        int plane = height * width;
        for (int i = 0; i < pixels.length; i++) {
            sum[(i / plane) % channels] += pixels[i];
        }
        float[] mean = new float[channels];
        long per = (long) size() * plane;
        for (int c = 0; c < channels; c++) {
            mean[c] = per == 0 ? 0f : (float) (sum[c] / per);
        }
        return mean;
    }

    /** Standard deviation of each channel around {@link #channelMeans()}. */
    public float[] channelStds() {
        float[] mean = channelMeans();
        double[] sq = new double[channels];
        int plane = height * width;
        for (int i = 0; i < pixels.length; i++) {
            int c = (i / plane) % channels;
            double d = pixels[i] - mean[c];
            sq[c] += d * d;
        }
        float[] std = new float[channels];
        long per = (long) size() * plane;
        for (int c = 0; c < channels; c++) {
            std[c] = per == 0 ? 1f : (float) Math.sqrt(sq[c] / per);
        }
        return std;
    }

    /**
     * (x - mean[c]) / std[c] per channel. Give the training set's statistics to both halves of a
     * split so that validation data is transformed exactly as training data.
     */
    public ImageDataset standardized(float[] mean, float[] std) {
        if (mean.length != channels || std.length != channels) {
            throw new IllegalArgumentException("mean and std must have " + channels
                    + " values (one per channel), but had " + mean.length + " and " + std.length);
        }
        float[] p = new float[pixels.length];
        int plane = height * width;
        for (int i = 0; i < pixels.length; i++) {
            int c = (i / plane) % channels;
            p[i] = (pixels[i] - mean[c]) / Math.max(std[c], 1e-6f);
        }
        return new ImageDataset(name, channels, height, width, classes, p, labels.clone());
    }

    /**
     * Bilinear resampling to {@code newHeight x newWidth} (pixel centres aligned, as PIL and
     * PyTorch's {@code align_corners=false}); lets e.g. the 8x8 digits feed a 28x28 space.
     */
    public ImageDataset resized(int newHeight, int newWidth) {
        check("height", newHeight, 1, 4096);
        check("width", newWidth, 1, 4096);
        if (newHeight == height && newWidth == width) {
            return this;
        }
        float[] p = new float[size() * channels * newHeight * newWidth];
        int in = height * width;
        int out = newHeight * newWidth;
        for (int plane = 0; plane < size() * channels; plane++) {
            for (int y = 0; y < newHeight; y++) {
                double sy = Math.min(Math.max((y + 0.5) * height / newHeight - 0.5, 0), height - 1);
                int y0 = (int) sy;
                int y1 = Math.min(y0 + 1, height - 1);
                double fy = sy - y0;
                for (int x = 0; x < newWidth; x++) {
                    double sx = Math.min(Math.max((x + 0.5) * width / newWidth - 0.5, 0), width - 1);
                    int x0 = (int) sx;
                    int x1 = Math.min(x0 + 1, width - 1);
                    double fx = sx - x0;
                    int base = plane * in;
                    double top = pixels[base + y0 * width + x0] * (1 - fx)
                            + pixels[base + y0 * width + x1] * fx;
                    double bottom = pixels[base + y1 * width + x0] * (1 - fx)
                            + pixels[base + y1 * width + x1] * fx;
                    p[plane * out + y * newWidth + x] = (float) (top * (1 - fy) + bottom * fy);
                }
            }
        }
        return new ImageDataset(name, channels, newHeight, newWidth, classes, p, labels.clone());
    }

    /** Shape of one sample as "CxHxW". */
    public String shape() {
        return channels + "x" + height + "x" + width;
    }

    @Override
    public String toString() {
        return name + " (" + size() + " samples of " + shape() + ", " + classes + " classes, per class "
                + Arrays.toString(labelCounts()) + ")";
    }
}
