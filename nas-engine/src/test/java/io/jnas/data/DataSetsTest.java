package io.jnas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSetsTest {

    @TempDir
    Path tmp;

    @Test
    void standardOrderIsFlagEnvSystemCacheThenTheRepositorysSubsets() {
        Path home = Path.of("/home/u");
        DataLocations l = DataLocations.standard(Path.of("/flag"), Map.of("NAS_DATASETS", "/env"),
                Path.of("/repo/jnas"), home, false, n -> { });
        assertEquals(List.of(Path.of("/flag"), Path.of("/env"), DataLocations.SYSTEM,
                Path.of("/home/u/.cache/jnas/datasets")), l.directories());
        assertEquals(Path.of("/repo/jnas/datasets"), l.embedded());
        assertEquals(Path.of("/flag"), l.downloadDirectory());
        DataLocations noFlag = DataLocations.standard(null, Map.of(), null, home, true, n -> { });
        assertEquals(List.of(DataLocations.SYSTEM, Path.of("/home/u/.cache/jnas/datasets")),
                noFlag.directories());
        assertEquals(null, noFlag.embedded());
        assertEquals(Path.of("/home/u/.cache/jnas/datasets"), noFlag.downloadDirectory());
        assertEquals(Path.of("/env"), DataLocations.standard(null, Map.of("NAS_DATASETS", "/env"),
                null, home, true, n -> { }).downloadDirectory());
    }

    @Test
    void findsTheRepositorysMnistSubsetAndDigits() {
        DataSets.Found m = DataSets.locate("mnist", DataLocations.only(tmp, TestData.dir()));
        assertEquals(TestData.mnist("t10k-images-idx3-ubyte.gz"), m.files().get(0));
        assertTrue(m.layout().description().startsWith("test split"), m.layout().description());
        assertFalse(m.subset(), "a directory given explicitly holds a data set, not a fallback");
        ImageDataset digits = DataSets.load("digits", DataLocations.only(TestData.dir()));
        assertEquals(1797, digits.size());
    }

    @Test
    void withoutTheFullSetTheRepositorysSubsetIsUsedAndSaidOnceInOneLine() {
        List<String> notices = new ArrayList<>();
        DataLocations where = new DataLocations(List.of(tmp.resolve("empty")), tmp, false,
                TestData.dir(), notices::add);
        ImageDataset d = DataSets.load("fashion-mnist", where);
        assertEquals(9_000, d.size());
        assertArrayEquals(new int[] {900, 900, 900, 900, 900, 900, 900, 900, 900, 900},
                d.labelCounts(), "the subset is stratified: 900 training images per class");
        assertEquals(List.of("data: fashion-mnist: the full set is not on this machine and"
                + " downloads are off; using the 9,000-image subset the repository carries ("
                + TestData.dir().resolve("fashion-mnist") + ", see its README.md)"), notices);
        DataSets.load("fashion-mnist", where);
        assertEquals(1, notices.size(), "said once per process, not per load");
    }

    @Test
    void aFullSetOnDiskWinsOverTheRepositorysSubset() throws IOException {
        Path full = Files.createDirectories(tmp.resolve("full/mnist"));
        Files.write(full.resolve("t10k-images-idx3-ubyte"),
                IdxLoaderTest.images(2, 1, 1, new byte[] {0, (byte) 255}));
        Files.write(full.resolve("t10k-labels-idx1-ubyte.gz"),
                IdxLoaderTest.gzip(IdxLoaderTest.labels(new byte[] {4, 2})));
        List<String> notices = new ArrayList<>();
        DataLocations where = new DataLocations(List.of(tmp.resolve("full")), tmp, false,
                TestData.dir(), notices::add);
        DataSets.Found f = DataSets.locate("mnist", where);
        assertFalse(f.subset());
        assertEquals(2, f.load().size());
        assertEquals(List.of(), notices);
    }

    @Test
    void earlierDirectoryWinsAndUncompressedTwinsCount() throws IOException {
        Path first = Files.createDirectories(tmp.resolve("first/mnist"));
        Files.write(first.resolve("t10k-images-idx3-ubyte"),
                IdxLoaderTest.images(2, 1, 1, new byte[] {0, (byte) 255}));
        Files.write(first.resolve("t10k-labels-idx1-ubyte.gz"),
                IdxLoaderTest.gzip(IdxLoaderTest.labels(new byte[] {4, 2})));
        ImageDataset d = DataSets.load("mnist", DataLocations.only(tmp.resolve("first"), TestData.dir()));
        assertEquals(2, d.size());
        assertEquals(10, d.classes());
        assertEquals(4, d.label(0));
    }

    @Test
    void filesDirectlyInTheGivenDirectoryAreFound() throws IOException {
        Files.copy(TestData.dir().resolve("digits/digits.csv.gz"), tmp.resolve("digits.csv.gz"));
        DataSets.Found f = DataSets.locate("digits", DataLocations.only(tmp));
        assertEquals(tmp.resolve("digits.csv.gz"), f.files().get(0));
    }

    @Test
    void missingDataSaysWhereToPutWhatAndHowToGetIt() {
        DataLocations where = new DataLocations(List.of(tmp.resolve("a"), tmp.resolve("b")),
                tmp.resolve("a"), false, tmp.resolve("no-subsets-here"), n -> { });
        MissingDataException e = assertThrows(MissingDataException.class,
                () -> DataSets.load("fashion-mnist", where));
        String m = e.getMessage();
        assertTrue(m.startsWith("data set 'fashion-mnist' was not found. Looked in:\n  "
                + tmp.resolve("a/fashion-mnist") + " and " + tmp.resolve("a") + "\n"), m);
        assertTrue(m.contains("train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz"), m);
        assertTrue(m.contains("apt-get install dataset-fashion-mnist"), m);
        assertTrue(m.contains("NAS_DATASETS"), m);
        assertTrue(m.contains("With downloads allowed and online, the canonical files are"
                + " downloaded into " + tmp.resolve("a/fashion-mnist") + " (SHA-256 checked)."), m);
        assertTrue(m.contains("from http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"), m);
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataSets.load("imagenet", DataLocations.only(tmp)));
        assertEquals("data set must be one of [fashion-mnist, mnist, digits, cifar10], but was"
                + " 'imagenet'", e.getMessage());
    }

    @Test
    void malformedFilesAreReportedNotSkipped() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("digits"));
        Files.writeString(dir.resolve("digits.csv.gz"), "not,a,csv\n");
        DataFileException e = assertThrows(DataFileException.class,
                () -> DataSets.load("digits", DataLocations.only(tmp)));
        assertTrue(e.getMessage().startsWith(dir.resolve("digits.csv.gz") + ": line 1 must have 65"
                + " columns"), e.getMessage());
    }

    @Test
    void everyDownloadableLayoutNamesItsFilesAndPinsAChecksum() {
        for (String name : DataSetCatalog.names()) {
            DataSetInfo info = DataSetCatalog.info(name);
            assertFalse(info.layouts().isEmpty(), name);
            assertTrue(info.layouts().stream().anyMatch(Layout::downloadable),
                    name + " must be downloadable");
            for (Layout l : info.layouts()) {
                for (RemoteFile f : l.downloads()) {
                    assertTrue(f.urls().stream().allMatch(u -> u.toString().endsWith("/" + f.name())),
                            f.toString());
                }
            }
        }
    }

    @Test
    void remoteFileRejectsMalformedChecksums() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RemoteFile.of("f", "ABC", "http://x/"));
        assertEquals("sha256 must be 64 lower-case hex digits, but was ABC (file f)", e.getMessage());
    }

    static void write(Path p, byte[] data) throws IOException {
        try (OutputStream out = Files.newOutputStream(p)) {
            out.write(data);
        }
    }
}
