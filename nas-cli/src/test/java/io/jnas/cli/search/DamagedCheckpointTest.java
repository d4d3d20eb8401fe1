package io.jnas.cli.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.search.Spaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resume does not need checkpoint.json: a damaged one is ignored with one line. */
class DamagedCheckpointTest {

    @Test
    void resumeIgnoresADamagedCheckpointAndReplaysTheLog(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("run");
        CliRun crashed = CliRun.search("--config", Spaces.root()
                .resolve("configs/search/default.yaml").toString(), "--space",
                Spaces.file("mnist-small").toString(), "--evaluator", "synthetic", "--predictor",
                "flops", "--flops", "local=0.4:0.2", "--run-dir", dir.toString(), "--evals", "12",
                "--checkpoint-every", "2", "--evaluator-option", "crash-after=8");
        assertEquals(1, crashed.code(), crashed.err());
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, Files.readString(config).replace("crash-after: \"8\"",
                "crash-after: \"100\""));
        Path checkpoint = dir.resolve("checkpoint.json");
        Files.writeString(checkpoint, "{\"evaluations\": 6, \"rng\":");

        CliRun resumed = CliRun.search("--resume", dir.toString());

        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.err().startsWith("Ignoring checkpoint.json, which cannot be used ("
                + checkpoint + " is not valid JSON: "), resumed.err());
        assertTrue(resumed.err().lines().findFirst().orElseThrow()
                .endsWith("); the run resumes from its log alone"), resumed.err());
        assertTrue(resumed.out().contains("(8 replayed from the log)"), resumed.out());
    }
}
