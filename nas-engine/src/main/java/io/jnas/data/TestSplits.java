package io.jnas.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the published test split of a data set beside the training files that
 * {@link DataSets#locate} found: {@code t10k-*} next to MNIST's and Fashion-MNIST's
 * {@code train-*}, CIFAR-10's {@code test_batch.bin} (folder or archive) or {@code test/}
 * JPEG folder. Empty when there is none: the scikit-learn digits have no test split, and where
 * the pool itself is a test split (MNIST's fallback) it cannot also be the test data.
 *
 * <pre>{@code
 * DataSets.Found f = DataSets.locate("fashion-mnist", where);
 * Optional<TestSplits.Test> test = TestSplits.find(f);   // 10,000 images, "t10k-images-..."
 * }</pre>
 */
public final class TestSplits {

    /**
     * A test split.
     *
     * @param images the test images, scaled to [0, 1] like every loader's
     * @param source the file or folder they were read from
     */
    public record Test(ImageDataset images, Path source) {
    }

    private TestSplits() {
    }

    /**
     * @throws DataFileException when a test file is there but malformed
     */
    public static Optional<Test> find(DataSets.Found training) {
        Path first = training.files().get(0);
        String file = first.getFileName().toString();
        Path folder = first.toAbsolutePath().getParent();
        if (file.startsWith("train-images-idx3-ubyte")) {
            Path images = existing(folder, "t10k-images-idx3-ubyte.gz");
            Path labels = existing(folder, "t10k-labels-idx1-ubyte.gz");
            if (images == null || labels == null) {
                return Optional.empty();
            }
            return Optional.of(new Test(IdxLoader.load(images, labels,
                    training.info().name() + "-t10k", training.info().classes()), images));
        }
        if (file.equals("data_batch_1.bin")) {
            Path test = folder.resolve("test_batch.bin");
            return Files.isRegularFile(test) ? Optional.of(new Test(
                    Cifar10Loader.loadBinary(List.of(test), "cifar10-test"), test))
                    : Optional.empty();
        }
        if (file.equals("cifar-10-binary.tar.gz")) {
            return Optional.of(new Test(Cifar10Loader.loadBinaryArchive(first, false), first));
        }
        if (file.equals("train") && Files.isDirectory(folder.resolve("test"))) {
            return Optional.of(new Test(Cifar10Loader.loadJpeg(folder, "test", 0),
                    folder.resolve("test")));
        }
        if (file.equals("cifar10-jpg.tar.gz")) {
            try {
                return Optional.of(new Test(Cifar10Loader.loadJpeg(first, "test", 0), first));
            } catch (DataFileException noTestFolder) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The file, or its uncompressed twin (as DataSets accepts). */
    private static Path existing(Path folder, String gz) {
        Path p = folder.resolve(gz);
        if (Files.isRegularFile(p)) {
            return p;
        }
        Path raw = folder.resolve(gz.substring(0, gz.length() - 3));
        return Files.isRegularFile(raw) ? raw : null;
    }
}
