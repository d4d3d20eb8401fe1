package io.jnas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.nn.Parameter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnas.arch.Architecture;
import io.jnas.fleet.FleetConnector;
import io.jnas.model.DjlRuntime;
import io.jnas.run.FinishedRun;
import io.jnas.search.Evaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports a small real run (SynFlow search over mnist-small, device {@code local}) with the
 * real in-process agent timing each subnet end to end, DJL writing the parameters and nas-core's
 * writer the ONNX file.
 */
class ExportRunIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path runDir;

    @BeforeAll
    static void search() {
        DjlRuntime.configure(1);
        runDir = TestExports.search(tmp.resolve("run"), 14, List.of("local"));
    }

    static ExportRun.Result export(ExportRun.Options o) {
        return new ExportRun(FleetConnector.standard(), new PrintWriter(new StringWriter()))
                .export(runDir, o);
    }

    static ExportRun.Options options(Optional<String> front, int top, ExportTraining training,
            boolean measure) {
        ExportRun.Options d = ExportRun.Options.defaults();
        return new ExportRun.Options(front, top, training, measure, d.fleet(), d.settings());
    }

    static ExportRun.Options untrained(Optional<String> front, int top, boolean measure) {
        return options(front, top, ExportTraining.untrained(), measure);
    }

    static JsonNode metrics(Path folder) throws IOException {
        return JSON.readTree(Files.readString(folder.resolve("metrics.json")));
    }

    static List<String> folders(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void everyMemberOfTheJointFrontGetsItsFilesAndIsTimedOnTheDevice() throws IOException {
        FinishedRun run = FinishedRun.load(runDir);
        List<Evaluation> front = ExportSelection.of(run, FinishedRun.JOINT, 0);
        ExportRun.Result r = export(untrained(Optional.empty(), 0, true));

        assertEquals(List.of(), r.failures());
        assertEquals(runDir.resolve("export"), r.folder());
        assertEquals(front.size(), r.subnets().size());
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < front.size(); i++) {
            expected.add(ExportedSubnet.folderName(i + 1, front.get(i).hash()));
        }
        assertEquals(expected, folders(r.folder()));
        assertFalse(Files.exists(runDir.resolve(".export-tmp")), "the staging folder must be gone");

        for (ExportedSubnet s : r.subnets()) {
            Evaluation e = s.evaluation();
            assertEquals(List.of("architecture.json", "metrics.json", "model-0000.params",
                    "model.onnx", "synset.txt"), folders(s.folder()));
            assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
                    Files.readAllLines(s.folder().resolve("synset.txt")));
            assertEquals(e.design(), Architecture.fromJson(
                    Files.readString(s.folder().resolve("architecture.json"))));
            JsonNode m = metrics(s.folder());
            assertEquals(s.rank(), m.get("rank").asInt());
            assertEquals(e.hash(), m.get("hash").asText());
            assertEquals("joint", m.get("front").asText());
            assertEquals(e.accuracy(), m.at("/accuracy/search").asDouble());
            assertEquals("synflow", m.at("/accuracy/evaluator").asText());
            assertFalse(m.at("/weights/trained").asBoolean());
            assertFalse(m.at("/training/trained").asBoolean());
            assertTrue(m.at("/training/note").asText().startsWith("UNTRAINED: seeded"
                    + " initialization (seed 3), written as they are"), m.toString());
            assertTrue(m.at("/accuracy/test_meaning").asText().startsWith("UNTRAINED"));
            // even untrained weights are scored, on MNIST images held out of the pool
            double test = m.at("/accuracy/test").asDouble();
            assertTrue(test >= 0 && test <= 1, m.toString());
            // the repository's MNIST subset (3,000 images, no separate test split): a fifth held out
            assertTrue(m.at("/accuracy/test_on").asText().startsWith("600 images held out of"
                    + " t10k-images-idx3-ubyte.gz"), m.toString());
            assertEquals("uint8", m.at("/input/dtype").asText());
            assertEquals("[-1,1,28,28]", m.at("/input/shape").toString());
            assertEquals("NCHW", m.at("/input/layout").asText());
            assertEquals(1, m.at("/input/mean").size());
            assertTrue(m.at("/input/onnx_includes_standardization").asBoolean());
            assertEquals(e.params(), m.get("params").asLong());
            assertEquals(e.flops(), m.get("flops").asLong());
            assertEquals(e.params(), m.at("/onnx/params").asLong(), "ONNX graph's params");
            assertEquals(e.macs(), m.at("/onnx/macs").asLong(), "ONNX graph's MACs");
            assertTrue(m.at("/onnx/bytes").asLong() > 4 * e.params(), m.toString());
            assertEquals(e.latencyMs("local"), m.at("/predicted_latency_ms/local").asDouble());

            JsonNode measured = m.at("/measured_latency/local");
            double median = measured.get("median_ms").asDouble();
            assertTrue(median > 0, measured.toString());
            assertTrue(measured.get("p10_ms").asDouble() <= median
                    && median <= measured.get("p90_ms").asDouble(), measured.toString());
            assertTrue(measured.get("count").asInt() > 0, measured.toString());
            JsonNode p = measured.get("protocol");
            for (String f : List.of("engine", "engine_version", "device", "hardware_id", "dtype",
                    "agent_version")) {
                assertFalse(p.get(f).asText().isEmpty(), f + " of " + p);
            }
            for (String f : List.of("batch", "threads", "warmup", "repetitions", "rounds")) {
                assertTrue(p.get(f).asInt() > 0, f + " of " + p);
            }
            assertEquals("pytorch", p.get("engine").asText());
            JsonNode err = m.at("/latency_error/local");
            assertEquals(e.latencyMs("local") - median, err.get("error_ms").asDouble(), 1e-9);
            assertEquals((e.latencyMs("local") - median) / median,
                    err.get("relative_error").asDouble(), 1e-9);
        }
        String report = Files.readString(r.report());
        assertTrue(report.contains("Predicted vs measured latency of the exported subnets"));
        assertTrue(report.contains(r.subnets().get(0).hash()));
    }

    @Test
    void theSavedParametersLoadBackIntoTheArchitecture() throws IOException {
        ExportRun.Result r = export(untrained(Optional.of("local"), 1, false));
        ExportedSubnet s = r.subnets().get(0);
        try (Model m = SubnetFiles.load(s.folder())) {
            long n = m.getBlock().getParameters().values().stream()
                    .filter(Parameter::requiresGradient).mapToLong(x -> x.getArray().size()).sum();
            assertEquals(s.evaluation().params(), n);
        }
        // seeded: a second export writes the same weights
        byte[] first = Files.readAllBytes(s.folder().resolve("model-0000.params"));
        ExportRun.Result again = export(untrained(Optional.of("local"), 1, false));
        assertArrayEquals(first, Files.readAllBytes(again.subnets().get(0).folder()
                .resolve("model-0000.params")));
    }

    @Test
    void aReRunReplacesTheWholeExportFolder() throws IOException {
        export(untrained(Optional.empty(), 0, false));
        int all = folders(runDir.resolve("export")).size();
        assertTrue(all >= 3, "the test needs a front of 3 or more, but it has " + all);
        ExportRun.Result r = export(untrained(Optional.of("local"), 2, false));
        assertEquals(2, folders(r.folder()).size());
        assertEquals(r.subnets().stream().map(s -> s.folder().getFileName().toString()).toList(),
                folders(r.folder()));
        assertTrue(metrics(r.subnets().get(0).folder()).get("measured_latency").isEmpty());
        assertTrue(r.subnets().get(0).evaluation().accuracy()
                >= r.subnets().get(1).evaluation().accuracy());
    }

    @Test
    void anExportTrainsByDefaultAndRecordsOnWhichDataForHowLongAndItsTestAccuracy()
            throws IOException {
        ExportRun.Result seeded = export(untrained(Optional.empty(), 1, false));
        byte[] initial = Files.readAllBytes(seeded.subnets().get(0).folder()
                .resolve("model-0000.params"));
        ExportRun.Result r = export(options(Optional.empty(), 1,
                ExportTraining.defaults().withBudget(2, 512), false));
        ExportedSubnet s = r.subnets().get(0);
        JsonNode m = metrics(s.folder());
        double acc = m.at("/accuracy/test").asDouble();
        assertTrue(acc > 0.3 && acc <= 1, "2 epochs on 512 MNIST images must beat chance: " + m);
        assertTrue(m.at("/weights/trained").asBoolean());
        JsonNode t = m.get("training");
        assertTrue(t.get("trained").asBoolean());
        assertEquals("mnist", t.get("data_set").asText());
        assertEquals(512, t.get("train_images").asInt());
        assertEquals(2, t.get("epochs").asInt());
        assertEquals(32, t.get("steps").asInt(), "2 x 512 images, batch 32");
        assertEquals(600, t.get("test_images").asInt(), "a fifth of the 3,000-image subset");
        assertTrue(t.get("seconds").asDouble() > 0);
        assertEquals("seeded initialization (seed 3)", t.get("starting_weights").asText());
        assertEquals(32, t.at("/recipe/batch").asInt());
        assertEquals("none", t.at("/recipe/augmentation").asText());
        assertTrue(t.at("/recipe/text").asText().startsWith("trained on mnist (512 of 2400"
                + " images of t10k-images-idx3-ubyte.gz): 2 epochs, batch 32"), t.toString());
        assertFalse(java.util.Arrays.equals(initial, Files.readAllBytes(s.folder()
                .resolve("model-0000.params"))), "trained weights must differ from the initial");
    }

    @Test
    void aWeightsSourceSetsWhereTrainingStarts() throws IOException {
        List<String> asked = new java.util.ArrayList<>();
        ExportRun.Result r = new ExportRun(FleetConnector.standard(),
                new PrintWriter(new StringWriter()), run -> (design, network) -> {
                    asked.add(design.hash());
                    network.getParameters().values().forEach(p -> p.getArray().muli(0.5f));
                    return "halved seeded weights (test)";
                }).export(runDir, untrained(Optional.empty(), 1, false));
        ExportedSubnet s = r.subnets().get(0);
        assertEquals(List.of(s.hash()), asked);
        assertTrue(metrics(s.folder()).at("/training/note").asText()
                .startsWith("UNTRAINED: halved seeded weights (test)"));
        assertEquals("halved seeded weights (test)", s.written().startingWeights());
    }
}
