package io.jnas.data;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests read real data: the small subsets the repository carries in {@code datasets/}
 * (see its README.md), never a folder outside the clone.
 */
public final class TestData {

    private TestData() {
    }

    /** The repository's root (the build passes it as {@code nas.home}). */
    public static Path repoRoot() {
        return Path.of(System.getProperty("nas.home", "..")).toAbsolutePath().normalize();
    }

    /** The repository's data folder (holding fashion-mnist/, mnist/, digits/, cifar10/). */
    public static Path dir() {
        Path dir = repoRoot().resolve(DataLocations.EMBEDDED);
        if (!Files.isDirectory(dir.resolve("mnist"))) {
            throw new IllegalStateException("test data must be in " + dir
                    + " (the repository's datasets/ folder), but it has no mnist/");
        }
        return dir;
    }

    public static Path mnist(String file) {
        return dir().resolve("mnist").resolve(file);
    }

    /** The repository's MNIST subset (3,000 test images, 300 per class), read in place. */
    public static ImageDataset mnistTest() {
        return IdxLoader.load(mnist("t10k-images-idx3-ubyte.gz"), mnist("t10k-labels-idx1-ubyte.gz"),
                "mnist-t10k", 10);
    }
}
