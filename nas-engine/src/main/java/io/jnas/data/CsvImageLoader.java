package io.jnas.data;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipException;

/**
 * Reads images stored one per CSV row: {@code channels * height * width} pixel values (CHW
 * order) then the integer label; no header; gzipped or plain. Pixels are divided by
 * {@code maxValue}, so they land in [0, 1].
 *
 * <pre>{@code
 * // scikit-learn's digits: 8x8 grey, values 0..16
 * ImageDataset d = CsvImageLoader.load(file, 1, 8, 8, 16f, "digits", 10);
 * }</pre>
 */
public final class CsvImageLoader {

    private CsvImageLoader() {
    }

    /**
     * Loads every non-blank row.
     *
     * @param classes number of classes, or 0 to take the largest label plus one
     * @throws DataFileException naming the file, the line and the column of the first bad value
     */
    public static ImageDataset load(Path file, int channels, int height, int width,
            float maxValue, String name, int classes) {
        if (!(maxValue > 0) || Float.isInfinite(maxValue)) {
            throw new IllegalArgumentException("maxValue must be > 0, but was " + maxValue);
        }
        int pixels = channels * height * width;
        FloatBuffer x = new FloatBuffer();
        IntBuffer y = new IntBuffer();
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(FileBytes.open(file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split(",", -1);
                if (cols.length != pixels + 1) {
                    throw new DataFileException(file, "line " + lineNo + " must have "
                            + (pixels + 1) + " columns (" + pixels + " pixels of " + channels + "x"
                            + height + "x" + width + ", then the label), but had " + cols.length);
                }
                for (int c = 0; c < pixels; c++) {
                    float v = number(file, lineNo, c, cols[c]);
                    if (v < 0 || v > maxValue) {
                        throw new DataFileException(file, "line " + lineNo + ", column " + (c + 1)
                                + ": pixel must be in [0, " + maxValue + "], but was " + cols[c].trim());
                    }
                    x.add(v / maxValue);
                }
                y.add(label(file, lineNo, pixels, cols[pixels], classes));
            }
        } catch (NoSuchFileException e) {
            throw new DataFileException(file, "does not exist");
        } catch (EOFException e) {
            throw new DataFileException(file, "is a truncated gzip file (unexpected end of data)");
        } catch (ZipException e) {
            throw new DataFileException(file, "is not a valid gzip file: " + e.getMessage());
        } catch (IOException e) {
            throw new DataFileException(file, "cannot be read: " + e, e);
        }
        if (y.size == 0) {
            throw new DataFileException(file, "must contain at least one row, but had none");
        }
        int[] labels = y.toArray();
        int max = 0;
        for (int l : labels) {
            max = Math.max(max, l);
        }
        return ImageDataset.wrap(name, channels, height, width, classes == 0 ? max + 1 : classes,
                x.toArray(), labels);
    }

    private static float number(Path file, int line, int col, String text) {
        try {
            float v = Float.parseFloat(text.trim());
            if (Float.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DataFileException(file, "line " + line + ", column " + (col + 1)
                + ": pixel must be a number, but was '" + text.trim() + "'");
    }

    private static int label(Path file, int line, int col, String text, int classes) {
        int max = classes == 0 ? 100_000 : classes;
        try {
            int v = Integer.parseInt(text.trim());
            if (v >= 0 && v < max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DataFileException(file, "line " + line + ", column " + (col + 1)
                + ": label must be an integer in [0, " + (max - 1) + "], but was '" + text.trim()
                + "'");
    }

    /** Growable float array: the row count is unknown until the end. */
    private static final class FloatBuffer {
        private float[] a = new float[1 << 16];
        private int size;

        void add(float v) {
            if (size == a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
            }
            a[size++] = v;
        }

        float[] toArray() {
            return java.util.Arrays.copyOf(a, size);
        }
    }

    private static final class IntBuffer {
        private int[] a = new int[1024];
        private int size;

        void add(int v) {
            if (size == a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
            }
            a[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, size);
        }
    }
}
