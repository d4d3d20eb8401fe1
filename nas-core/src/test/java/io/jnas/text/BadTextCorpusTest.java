package io.jnas.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of input files under {@code bad-text/} that the one text and YAML policy must
 * refuse: aliases and anchors, second documents, bytes that are not UTF-8, duplicate keys. Each
 * file's first line is {@code # expect: <problem>}, the exact text after "{@code <file>: }".
 * Space, run-config and fleet readers wrap the same problem (see nas-engine's
 * {@code BadInputCorpusTest}). Adding a case is adding a file.
 */
class BadTextCorpusTest {

    private static final String EXPECT = "# expect: ";

    static Stream<Path> files() throws IOException, URISyntaxException {
        Path dir = Path.of(BadTextCorpusTest.class.getResource("/bad-text").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    /** The first line of a file, read as bytes: the rest of the file may not be UTF-8. */
    static String expected(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        int nl = 0;
        while (nl < b.length && b[nl] != '\n') {
            nl++;
        }
        String first = new String(b, 0, nl, StandardCharsets.US_ASCII);
        assertTrue(first.startsWith(EXPECT), file + " must start with '" + EXPECT + "'");
        return first.substring(EXPECT.length());
    }

    @Test
    void corpusCoversEveryClass() throws Exception {
        assertTrue(files().count() >= 10, "bad-text/ must hold at least 10 files");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void failsWithItsExactMessage(Path file) throws IOException {
        String problem = expected(file);

        InputFileException e = assertThrows(InputFileException.class, () -> YamlFile.read(file));

        assertEquals(file + ": " + problem, e.getMessage());
        assertEquals(problem, e.problem());
    }

    @Test
    void byteOrderMarkIsDroppedSoTheFirstKeyIsItself(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.yaml");
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "name: x\nclasses: 10\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals("name: x\nclasses: 10\n", TextFile.read(file));
        assertEquals("x", YamlFile.read(file).get("name").asText());
    }

    @Test
    void emptyAndCommentOnlyFilesHoldNoValue(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "");
        Path comments = Files.writeString(dir.resolve("comments.yaml"), "# nothing here\n");

        assertEquals(null, YamlFile.read(empty));
        assertEquals(null, YamlFile.read(comments));
    }

    @Test
    void missingFileAndFolderAreNamed(@TempDir Path dir) {
        assertEquals(dir.resolve("no.yaml") + ": does not exist", assertThrows(
                InputFileException.class, () -> TextFile.read(dir.resolve("no.yaml")))
                .getMessage());
        assertEquals(dir + ": is a folder, not a file", assertThrows(InputFileException.class,
                () -> TextFile.read(dir)).getMessage());
    }

    @Test
    void oneDocumentWithExplicitStartIsFine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("one.yaml"), "---\nname: x\n...\n");

        assertEquals("x", YamlFile.read(file).get("name").asText());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
