package io.jnas.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.search.Spaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunConfigReaderTest {

    @TempDir
    Path tmp;

    private Path yaml(String text) throws IOException {
        Path f = tmp.resolve("run.yaml");
        Files.writeString(f, text);
        return f;
    }

    private String error(List<RunConfigReader.Layer> layers) {
        return assertThrows(RunConfigException.class, () -> RunConfigReader.of(layers))
                .getMessage();
    }

    private String fileError(Path file) {
        return assertThrows(RunConfigException.class, () -> RunConfigReader.read(file))
                .getMessage();
    }

    @Test
    void defaultsAreTheNniLikeRegularizedEvolution() {
        RunConfig c = RunConfigReader.of(List.of());
        assertEquals(Strategy.REGULARIZED, c.strategy());
        assertEquals(100, c.population());
        assertEquals(25, c.sampleSize(), "population / 4");
        assertEquals(0.05, c.mutation());
        assertEquals(List.of("local"), c.devices());
        assertEquals(FitnessKind.MNASNET, c.fitness());
        assertEquals(-0.07, c.w());
    }

    @Test
    void flagsOverrideTheFileKeyByKey() throws IOException {
        Path f = yaml("strategy: random\nevaluations: 50\nseed: 3\n");
        RunConfig c = RunConfigReader.of(List.of(RunConfigReader.Layer.file(f),
                RunConfigReader.Layer.flags(Map.of("seed", 9))));
        assertEquals(Strategy.RANDOM, c.strategy());
        assertEquals(50, c.evaluations());
        assertEquals(9, c.seed());
    }

    @Test
    void unknownKeysAreRejectedNamingTheKey() throws IOException {
        Path f = yaml("populaton: 20\n");
        assertEquals(f + ": key 'populaton' is not known; known keys: "
                + String.join(", ", RunConfigReader.KEYS) + "; where evaluations run: workers,"
                + " db, db-user, db-password-file, dashboard-port",
                error(List.of(RunConfigReader.Layer.file(f))));
    }

    @Test
    void placementKeysAreReadApartAndLeftOutOfTheRunConfig() throws IOException {
        Path f = yaml("strategy: random\nworkers: 2\ndb-user: nas\n");
        assertEquals(Map.of("workers", 2, "db-user", "nas"), RunConfigReader.placement(f));
        RunConfig c = RunConfigReader.of(List.of(RunConfigReader.Layer.file(f)));
        assertEquals(RunConfigReader.of(List.of(RunConfigReader.Layer.flags(
                Map.of("strategy", "random")))), c);
        assertTrue(error(List.of(RunConfigReader.Layer.flags(Map.of("workers", 2))))
                .startsWith("flag --workers is not known;"));
    }

    @Test
    void badValuesNameTheirOriginAndRule() throws IOException {
        Path f = yaml("population: 1\n");
        assertEquals(f + ": population must be an integer in [2, 100000], but was 1",
                error(List.of(RunConfigReader.Layer.file(f))));
        assertEquals("--sample-size must be an integer in [1, 100], but was 200",
                error(List.of(RunConfigReader.Layer.flags(Map.of("sample-size", 200)))));
        assertEquals("--strategy must be one of regularized, random, nsga2, surrogate, but was"
                + " 'evolution'",
                error(List.of(RunConfigReader.Layer.flags(Map.of("strategy", "evolution")))));
        assertEquals("--mutation must be a probability in [0, 1], but was 1.5",
                error(List.of(RunConfigReader.Layer.flags(Map.of("mutation", 1.5)))));
        assertEquals("--target-ms must name only devices of the run [local], but was 'gpu'",
                error(List.of(RunConfigReader.Layer.flags(Map.of("target-ms",
                        Map.of("gpu", 3.0))))));
        assertEquals("--max-params must be a number with an optional suffix K, M, G (x1000) or"
                + " Ki, Mi, Gi (x1024), e.g. 60M or 1.5M or 2MB, and > 0, but was '12q'",
                error(List.of(RunConfigReader.Layer.flags(Map.of("max-params", "12q")))));
        assertEquals("--predictor is flops, so flops-coefficients must give every device's"
                + " coefficients, but device 'local' has none",
                error(List.of(RunConfigReader.Layer.flags(Map.of("predictor", "flops")))));
    }

    @Test
    void quantitiesTakeDecimalSuffixes() {
        RunConfig c = RunConfigReader.of(List.of(RunConfigReader.Layer.flags(Map.of(
                "max-params", "250k", "max-flops", "1.5M", "max-memory", 4_000_000))));
        assertEquals(250_000L, c.maxParams());
        assertEquals(1_500_000L, c.maxFlops());
        assertEquals(4_000_000L, c.maxMemory());
    }

    @Test
    void quantitiesReadAsNasProfileReadsThem() {
        RunConfig c = RunConfigReader.of(List.of(RunConfigReader.Layer.flags(Map.of(
                "max-params", "1.5Mi", "max-flops", "60m", "max-memory", "2MiB"))));
        assertEquals(1_572_864L, c.maxParams());
        assertEquals(60_000_000L, c.maxFlops());
        assertEquals(2L << 20, c.maxMemory());
        assertEquals("--max-params must be a number with an optional suffix K, M, G (x1000) or"
                + " Ki, Mi, Gi (x1024), e.g. 60M or 1.5M or 2MB, and > 0, but was '2MB'",
                error(List.of(RunConfigReader.Layer.flags(Map.of("max-params", "2MB")))));
        assertEquals("--max-flops must be a number with an optional suffix K, M, G (x1000) or"
                + " Ki, Mi, Gi (x1024), e.g. 60M or 1.5M or 2MB, and > 0, but was '0.5'",
                error(List.of(RunConfigReader.Layer.flags(Map.of("max-flops", "0.5")))));
    }

    @Test
    void malformedFilesGetOneMessage() throws IOException {
        Path f = yaml("seed: [1\n");
        assertEquals(f + ": run config is not valid YAML at line 1, column 9: expected ',' or ']',"
                + " but got <stream end> (while parsing a flow sequence started at line 1, column"
                + " 7)", fileError(f));
        Path list = yaml("- a\n- b\n");
        assertEquals(list + ": run config must be a YAML mapping of keys ("
                + String.join(", ", RunConfigReader.KEYS) + ")", fileError(list));
        Path missing = tmp.resolve("nope.yaml");
        assertEquals(missing + ": run config does not exist", fileError(missing));
    }

    @Test
    void theWrittenYamlReadsBackToTheSameConfig() throws IOException {
        RunConfig c = TestRuns.config(TestRuns.keys("nsga2", 30, 4))
                .resolved(Map.of("local", 1.5, "edge", 7.25), "abc").withName("demo");
        Path f = tmp.resolve("config.yaml");
        Files.writeString(f, RunConfigReader.toYaml(c));
        assertEquals(c, RunConfigReader.read(f));
    }

    @Test
    void theShippedSearchConfigsAreValid() throws IOException {
        List<Path> shipped;
        try (var files = Files.list(Spaces.root().resolve("configs/search"))) {
            shipped = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        // an empty or missing folder must fail, not pass: the main job's config is one of them
        assertTrue(shipped.stream().anyMatch(p -> p.endsWith("default.yaml")), shipped.toString());
        for (Path f : shipped) {
            RunConfigReader.read(f); // throws with the file, field and rule when one is invalid
        }
    }
}
