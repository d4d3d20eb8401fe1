package io.jnas.data;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests read the real data sets in place: NAS_DATASETS, else ../shared/datasets. */
public final class TestData {

    private TestData() {
    }

    /** The shared data directory (holding mnist/ and digits/). */
    public static Path dir() {
        String env = System.getenv(DataLocations.ENV);
        if (env != null && Files.isDirectory(Path.of(env, "mnist"))) {
            return Path.of(env);
        }
        Path root = Path.of(System.getProperty("nas.repo.root", ".."));
        Path shared = root.toAbsolutePath().resolve("../shared/datasets").normalize();
        if (!Files.isDirectory(shared.resolve("mnist"))) {
            throw new IllegalStateException("test data must be in $" + DataLocations.ENV
                    + " or " + shared + " (mnist/, digits/), but neither has it");
        }
        return shared;
    }

    public static Path mnist(String file) {
        return dir().resolve("mnist").resolve(file);
    }

    /** The MNIST test split (10,000 images), read in place. */
    public static ImageDataset mnistTest() {
        return IdxLoader.load(mnist("t10k-images-idx3-ubyte.gz"), mnist("t10k-labels-idx1-ubyte.gz"),
                "mnist-t10k", 10);
    }
}
