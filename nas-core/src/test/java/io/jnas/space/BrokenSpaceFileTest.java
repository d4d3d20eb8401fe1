package io.jnas.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken space files under {@code broken-spaces/}: each file's first line is
 * {@code # expect: <message>}, the exact text after "{@code <file>: }" that loading it must
 * fail with. Adding a case is adding a file.
 */
class BrokenSpaceFileTest {

    private static final String EXPECT = "# expect: ";

    static Path corpus() throws URISyntaxException {
        return Path.of(BrokenSpaceFileTest.class.getResource("/broken-spaces").toURI());
    }

    static Stream<Path> brokenFiles() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @Test
    void corpusCoversAtLeastFifteenCases() throws Exception {
        assertTrue(brokenFiles().count() >= 15, "broken-spaces/ must hold at least 15 files");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void failsWithItsExactMessage(Path file) throws IOException {
        String first = Files.readAllLines(file).get(0);
        assertTrue(first.startsWith(EXPECT), file + " must start with '" + EXPECT + "'");
        String expected = file + ": " + first.substring(EXPECT.length());

        SpaceFileException e = assertThrows(SpaceFileException.class, () -> SearchSpace.load(file));

        assertEquals(expected, e.getMessage());
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file + ": " + e.field()),
                "the message names the field first: " + e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        Path file = Path.of("no-such-space.yaml");
        SpaceFileException e = assertThrows(SpaceFileException.class, () -> SearchSpace.load(file));
        assertEquals("no-such-space.yaml: does not exist", e.getMessage());
    }

    @Test
    void everyShippedSpaceAndTheTinyOneLoad() throws Exception {
        Path tiny = Path.of(BrokenSpaceFileTest.class.getResource("/spaces/tiny.yaml").toURI());
        for (Path p : List.of(Spaces.shipped("mnist-small.yaml"), Spaces.shipped("cifar-small.yaml"),
                Spaces.shipped("mobilenet-224.yaml"), tiny)) {
            SearchSpace s = SearchSpace.load(p);
            assertTrue(s.size().signum() > 0, p.toString());
        }
    }
}
