package io.jnas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The subsets in datasets/ are exactly the files its SHA256SUMS and README.md describe. */
class EmbeddedDatasetsTest {

    @Test
    void everyFileMatchesItsPublishedChecksumAndNoneIsUnlisted() throws Exception {
        Path dir = TestData.dir();
        Map<String, String> listed = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("SHA256SUMS"))) {
            String[] parts = line.split("  ", 2);
            listed.put(parts[1], parts[0]);
        }
        Map<String, String> actual = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(f).toString();
                if (!rel.equals("SHA256SUMS") && !rel.equals("README.md")) {
                    actual.put(rel, sha256(f));
                }
            }
        }
        assertEquals(listed, actual);
        String readme = Files.readString(dir.resolve("README.md"));
        listed.forEach((file, sum) -> assertTrue(readme.contains(sum),
                "README.md must give the SHA-256 of " + file));
    }

    @Test
    void theSubsetsStayWithinTenMegabytes() throws IOException {
        long total;
        try (Stream<Path> files = Files.walk(TestData.dir())) {
            total = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        assertTrue(total <= 10_000_000, "datasets/ must hold at most 10 MB, but held " + total);
    }

    @Test
    void everyDataSetOfTheCatalogHasASubsetTheLoadersRead() {
        DataLocations subsetsOnly = new DataLocations(java.util.List.of(), TestData.dir(), false,
                TestData.dir(), n -> { });
        for (String name : DataSetCatalog.names()) {
            DataSets.Found f = DataSets.locate(name, subsetsOnly);
            assertTrue(f.subset(), name);
            ImageDataset d = f.load();
            assertEquals(DataSetCatalog.info(name).shape(), d.shape(), name);
            assertEquals(DataSetCatalog.info(name).classes(), d.classes(), name);
        }
    }

    private static String sha256(Path f) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(f)));
    }
}
