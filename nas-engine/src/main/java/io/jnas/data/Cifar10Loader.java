package io.jnas.data;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Reads CIFAR-10 (32x32 RGB, 10 classes) in its two common layouts, scaled to [0, 1], CHW.
 *
 * <ul>
 *   <li>The official binary batches ({@code data_batch_1..5.bin}, {@code test_batch.bin}):
 *       records of 1 label byte then 3072 pixel bytes (1024 red, 1024 green, 1024 blue, rows
 *       top to bottom); from the extracted folder or straight from
 *       {@code cifar-10-binary.tar.gz}.</li>
 *   <li>JPEG folders {@code train/<class>/*.jpg} and {@code test/<class>/*.jpg}; from the
 *       extracted folder or straight from a tar(.gz) archive of it. Files are taken in name
 *       order, so a limit per class picks the same images every time.</li>
 * </ul>
 */
public final class Cifar10Loader {

    /** Class names in label order (also their alphabetical order). */
    public static final List<String> CLASSES = List.of("airplane", "automobile", "bird", "cat",
            "deer", "dog", "frog", "horse", "ship", "truck");
    static final int SIDE = 32;
    static final int PIXELS = 3 * SIDE * SIDE;
    static final int RECORD = 1 + PIXELS;

    private Cifar10Loader() {
    }

    /** Reads binary batch files in the given order. */
    public static ImageDataset loadBinary(List<Path> batches, String name) {
        List<byte[]> contents = new ArrayList<>();
        for (Path p : batches) {
            contents.add(FileBytes.read(p));
        }
        return fromBatches(batches, contents, name);
    }

    /** The training batches 1-5 or the test batch from {@code dir} or its cifar-10-batches-bin. */
    public static ImageDataset loadBinaryDirectory(Path dir, boolean train) {
        Path d = Files.isDirectory(dir.resolve("cifar-10-batches-bin"))
                ? dir.resolve("cifar-10-batches-bin") : dir;
        return loadBinary(batchNames(train).stream().map(d::resolve).toList(),
                train ? "cifar10" : "cifar10-test");
    }

    /** The training batches or the test batch read from {@code cifar-10-binary.tar.gz}. */
    public static ImageDataset loadBinaryArchive(Path archive, boolean train) {
        List<String> wanted = batchNames(train);
        Map<Integer, byte[]> found = new TreeMap<>();
        try {
            TarReader.read(archive, n -> wanted.contains(baseName(n)),
                    (n, data) -> found.put(wanted.indexOf(baseName(n)), data));
        } catch (IOException e) {
            throw new DataFileException(archive, "cannot be read as a tar.gz archive: " + e, e);
        }
        if (found.size() != wanted.size()) {
            throw new DataFileException(archive, "must contain " + wanted + ", but had "
                    + found.keySet().stream().map(wanted::get).toList());
        }
        List<Path> names = wanted.stream().map(w -> archive.resolve(w)).toList();
        return fromBatches(names, new ArrayList<>(found.values()), train ? "cifar10" : "cifar10-test");
    }

    private static List<String> batchNames(boolean train) {
        return train ? List.of("data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin",
                "data_batch_4.bin", "data_batch_5.bin") : List.of("test_batch.bin");
    }

    private static String baseName(String entry) {
        return entry.substring(entry.lastIndexOf('/') + 1);
    }

    private static ImageDataset fromBatches(List<Path> files, List<byte[]> contents, String name) {
        long total = 0;
        for (int f = 0; f < files.size(); f++) {
            int len = contents.get(f).length;
            if (len == 0 || len % RECORD != 0) {
                throw new DataFileException(files.get(f), "length must be a positive multiple of "
                        + RECORD + " (1 label byte + 3072 pixel bytes per image), but was " + len);
            }
            total += len / RECORD;
        }
        float[] x = new float[Math.toIntExact(total * PIXELS)];
        int[] y = new int[(int) total];
        int i = 0;
        for (int f = 0; f < files.size(); f++) {
            byte[] b = contents.get(f);
            for (int r = 0; r < b.length / RECORD; r++, i++) {
                int label = b[r * RECORD] & 0xff;
                if (label >= CLASSES.size()) {
                    throw new DataFileException(files.get(f), "record " + r + ": label must be in"
                            + " [0, 9], but was " + label);
                }
                y[i] = label;
                for (int k = 0; k < PIXELS; k++) {
                    x[i * PIXELS + k] = (b[r * RECORD + 1 + k] & 0xff) / 255f;
                }
            }
        }
        return ImageDataset.wrap(name, 3, SIDE, SIDE, CLASSES.size(), x, y);
    }

    /**
     * Reads {@code split/<class>/*.jpg} (or .png) from a folder or a tar(.gz) archive.
     *
     * @param split "train" or "test"
     * @param limitPerClass at most this many images per class (0: all)
     */
    public static ImageDataset loadJpeg(Path source, String split, int limitPerClass) {
        // class -> (file name -> encoded bytes), sorted so that limits and order are stable
        List<TreeMap<String, byte[]>> byClass = new ArrayList<>();
        CLASSES.forEach(c -> byClass.add(new TreeMap<>()));
        String prefix = split + "/";
        try {
            if (Files.isDirectory(source)) {
                Path root = source.resolve(split);
                if (!Files.isDirectory(root)) {
                    throw new DataFileException(source, "must contain a folder '" + split
                            + "' with one folder per class " + CLASSES);
                }
                try (Stream<Path> files = Files.walk(root, 2)) {
                    for (Path p : files.filter(Files::isRegularFile).toList()) {
                        add(source, byClass, root.relativize(p).toString().replace('\\', '/'),
                                Files.readAllBytes(p));
                    }
                }
            } else {
                TarReader.read(source, n -> stripDot(n).startsWith(prefix) && isImage(n),
                        (n, data) -> add(source, byClass, stripDot(n).substring(prefix.length()), data));
            }
        } catch (IOException e) {
            throw new DataFileException(source, "cannot be read: " + e, e);
        }
        List<ImageEntry> chosen = new ArrayList<>();
        for (int c = 0; c < CLASSES.size(); c++) {
            int k = 0;
            for (Map.Entry<String, byte[]> e : byClass.get(c).entrySet()) {
                if (limitPerClass > 0 && k++ >= limitPerClass) {
                    break;
                }
                chosen.add(new ImageEntry(c, CLASSES.get(c) + "/" + e.getKey(), e.getValue()));
            }
        }
        if (chosen.isEmpty()) {
            throw new DataFileException(source, "holds no images under '" + split
                    + "/<class>/' for the classes " + CLASSES);
        }
        float[] x = new float[chosen.size() * PIXELS];
        int[] y = new int[chosen.size()];
        for (int i = 0; i < chosen.size(); i++) {
            ImageEntry e = chosen.get(i);
            y[i] = e.label();
            decode(source, e, x, i * PIXELS);
        }
        return ImageDataset.wrap("cifar10-jpg-" + split, 3, SIDE, SIDE, CLASSES.size(), x, y);
    }

    private record ImageEntry(int label, String name, byte[] bytes) {
    }

    private static String stripDot(String n) {
        return n.startsWith("./") ? n.substring(2) : n;
    }

    private static boolean isImage(String n) {
        String l = n.toLowerCase(java.util.Locale.ROOT);
        return l.endsWith(".jpg") || l.endsWith(".jpeg") || l.endsWith(".png");
    }

    private static void add(Path source, List<TreeMap<String, byte[]>> byClass, String rel,
            byte[] data) {
        if (!isImage(rel)) {
            return;
        }
        int slash = rel.indexOf('/');
        String cls = slash < 0 ? "" : rel.substring(0, slash);
        int label = CLASSES.indexOf(cls);
        if (label < 0) {
            throw new DataFileException(source, "class folder must be one of " + CLASSES
                    + ", but was '" + cls + "' (for " + rel + ")");
        }
        byClass.get(label).put(rel.substring(slash + 1), data);
    }

    private static void decode(Path source, ImageEntry e, float[] x, int offset) {
        BufferedImage img;
        try {
            img = ImageIO.read(new ByteArrayInputStream(e.bytes()));
        } catch (IOException ex) {
            throw new DataFileException(source, e.name() + " cannot be decoded: " + ex.getMessage(), ex);
        }
        if (img == null) {
            throw new DataFileException(source, e.name() + " is not an image ImageIO can read");
        }
        if (img.getWidth() != SIDE || img.getHeight() != SIDE) {
            throw new DataFileException(source, e.name() + " must be 32x32, but was "
                    + img.getWidth() + "x" + img.getHeight());
        }
        int plane = SIDE * SIDE;
        for (int yy = 0; yy < SIDE; yy++) {
            for (int xx = 0; xx < SIDE; xx++) {
                int rgb = img.getRGB(xx, yy);
                int k = offset + yy * SIDE + xx;
                x[k] = ((rgb >> 16) & 0xff) / 255f;
                x[k + plane] = ((rgb >> 8) & 0xff) / 255f;
                x[k + 2 * plane] = (rgb & 0xff) / 255f;
            }
        }
    }
}
