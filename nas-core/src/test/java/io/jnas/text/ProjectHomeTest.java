package io.jnas.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build sets {@code nas.home} to the checkout, as the launcher does. */
class ProjectHomeTest {

    @Test
    void aRelativeFileMissingHereIsFoundInTheCheckout() {
        Path space = Path.of("configs/spaces/mnist-small.yaml");
        Path found = ProjectHome.resolve(space);
        assertTrue(Files.isRegularFile(found), found.toString());
        assertEquals(ProjectHome.root().resolve(space), found);
        assertTrue(Files.isDirectory(ProjectHome.root().resolve("datasets")));
    }

    @Test
    void existingAbsoluteAndMissingPathsStayAsGiven(@TempDir Path tmp) {
        assertEquals(tmp, ProjectHome.resolve(tmp));
        Path missing = Path.of("configs/spaces/no-such-space.yaml");
        assertEquals(missing, ProjectHome.resolve(missing));
    }
}
