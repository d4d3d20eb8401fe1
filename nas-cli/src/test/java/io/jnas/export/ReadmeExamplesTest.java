package io.jnas.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/export.md shows the deployment examples verbatim, so what readers copy is what
 * {@link DeployedModelIT} compiles and runs.
 */
class ReadmeExamplesTest {

    @Test
    void theReadmeQuotesEachExampleWhole() throws IOException {
        Path examples = DeployedModelIT.Examples.folder();
        String readme = Files.readString(examples.getParent().resolve("docs/export.md"));
        for (String name : List.of("PredictOnnx.java", "PredictDjl.java")) {
            String source = Files.readString(examples.resolve(name));
            assertTrue(readme.contains("```java\n" + source + "```"), "docs/export.md must quote"
                    + " examples/" + name + " whole in a ```java block, but does not");
        }
    }
}
