package io.jnas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import com.fasterxml.jackson.databind.JsonNode;
import io.jnas.fleet.FleetConnector;
import io.jnas.model.DjlRuntime;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exported models used as people deploy them: a real search on MNIST files that have a test
 * split (cut from the real MNIST test images), exported with training; then ONNX Runtime is fed
 * the raw test images (pixel bytes as in the file, no preprocessing of ours) and must reproduce
 * the test accuracy metrics.json records; DJL, loaded from the folder, must compute what ONNX
 * Runtime computes; and the README's two examples, compiled and run as a user runs them, must
 * print the label of a PNG written from a real test image.
 */
class DeployedModelIT {

    @TempDir
    static Path tmp;
    static Path data;
    static List<ExportedSubnet> subnets;
    static RawIdx test;

    @BeforeAll
    static void searchAndExport() throws IOException {
        DjlRuntime.configure(1);
        data = RawIdx.mnistFolder(tmp.resolve("data"), 2000);
        Path run = TestExports.search(tmp.resolve("run"), 10, List.of("local"), data);
        ExportRun.Options d = ExportRun.Options.defaults();
        subnets = new ExportRun(FleetConnector.standard(), new PrintWriter(new StringWriter()))
                .export(run, new ExportRun.Options(Optional.empty(), 3,
                        ExportTraining.defaults().withBudget(2, 2000), false, d.fleet(),
                        d.settings())).subnets();
        test = RawIdx.read(data.resolve("mnist/t10k-images-idx3-ubyte.gz"),
                data.resolve("mnist/t10k-labels-idx1-ubyte.gz"));
    }

    @Test
    void rawTestImagesThroughOnnxRuntimeGiveTheRecordedTestAccuracy() throws Exception {
        assertTrue(subnets.size() >= 2, "the test needs 2 or more subnets: " + subnets.size());
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        for (ExportedSubnet s : subnets) {
            JsonNode m = ExportRunIT.metrics(s.folder());
            assertEquals(test.size(), m.at("/training/test_images").asInt(), m.toString());
            assertTrue(m.at("/accuracy/test_on").asText().startsWith("test split"
                    + " t10k-images-idx3-ubyte.gz"), m.toString());
            double recorded = m.at("/accuracy/test").asDouble();
            // trained (chance is 0.1), so that agreeing with it means something
            assertTrue(recorded >= 0.3, "2 epochs on up to 2,000 MNIST images: " + m);
            try (OrtSession session = env.createSession(s.folder().resolve(OnnxFile.FILE)
                    .toString())) {
                TensorInfo in = (TensorInfo) session.getInputInfo().get("input").getInfo();
                assertEquals(OnnxJavaType.UINT8, in.type);
                Map<String, String> meta = session.getMetadata().getCustomMetadata();
                assertEquals("0\n1\n2\n3\n4\n5\n6\n7\n8\n9", meta.get("labels"));
                assertEquals("mnist", meta.get("jnas.data_set"));
                assertEquals(s.hash(), meta.get("jnas.architecture_hash"));
                assertTrue(meta.get("jnas.space").endsWith("mnist-small.yaml"), meta.toString());
                assertTrue(meta.get("jnas.training").startsWith("trained on mnist (2000 of"),
                        meta.toString());
                int correct = 0;
                for (int from = 0; from < test.size(); from += 500) {
                    int n = Math.min(500, test.size() - from);
                    int[] predicted = argMax(onnx(env, session, test.images(from, n), n));
                    for (int i = 0; i < n; i++) {
                        correct += predicted[i] == test.labels()[from + i] ? 1 : 0;
                    }
                }
                double measured = correct / (double) test.size();
                assertEquals(recorded, measured, 0.005, s.folder() + ": ONNX Runtime on raw"
                        + " test images vs metrics.json");
            }
        }
    }

    @Test
    void djlLoadedFromTheFolderComputesWhatOnnxRuntimeComputesOnRawPixels() throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        int n = 16;
        byte[] x = test.images(100, n);
        for (ExportedSubnet s : subnets) {
            float[][] expected;
            try (OrtSession session = env.createSession(s.folder().resolve(OnnxFile.FILE)
                    .toString())) {
                expected = onnx(env, session, x, n);
            }
            try (Model model = SubnetFiles.load(s.folder());
                    NDManager m = model.getNDManager().newSubManager()) {
                float[] actual = model.getBlock().forward(new ParameterStore(m, false),
                        new NDList(m.create(ByteBuffer.wrap(x), new Shape(n, 1, 28, 28),
                                DataType.UINT8)), false).singletonOrThrow().toFloatArray();
                double scale = 1;
                double err = 0;
                for (int i = 0; i < actual.length; i++) {
                    float e = expected[i / 10][i % 10];
                    scale = Math.max(scale, Math.abs(e));
                    err = Math.max(err, Math.abs(e - actual[i]));
                }
                assertTrue(err / scale <= 1e-4, s.folder() + ": DJL vs ONNX Runtime " + err);
            }
        }
    }

    @Test
    void theReadmeExamplesPrintTheLabelOfAPng() throws Exception {
        ExportedSubnet s = subnets.get(0);
        int index = 7;
        Path png = tmp.resolve("digit.png");
        BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = test.images(index, 1);
        for (int i = 0; i < pixels.length; i++) {
            image.getRaster().setSample(i % 28, i / 28, 0, pixels[i] & 0xff);
        }
        ImageIO.write(image, "png", png.toFile());
        int expected;
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(s.folder().resolve(OnnxFile.FILE)
                .toString())) {
            expected = argMax(onnx(env, session, pixels, 1))[0];
        }
        String line = "predicted: " + expected + " (class " + expected + ")";
        Path examples = Examples.folder();
        assertEquals(line, Examples.run(examples.resolve("PredictOnnx.java"),
                s.folder().resolve(OnnxFile.FILE), png));
        assertEquals(line, Examples.run(examples.resolve("PredictDjl.java"), s.folder(), png));
    }

    private static float[][] onnx(OrtEnvironment env, OrtSession session, byte[] x, int n)
            throws Exception {
        try (OnnxTensor t = OnnxTensor.createTensor(env, ByteBuffer.wrap(x),
                new long[] {n, 1, 28, 28}, OnnxJavaType.UINT8);
                OrtSession.Result r = session.run(Map.of("input", t))) {
            return (float[][]) r.get("logits").orElseThrow().getValue();
        }
    }

    private static int[] argMax(float[][] logits) {
        int[] out = new int[logits.length];
        for (int i = 0; i < logits.length; i++) {
            for (int k = 1; k < logits[i].length; k++) {
                out[i] = logits[i][k] > logits[i][out[i]] ? k : out[i];
            }
        }
        return out;
    }

    /** The README's examples, run as a user runs them: java's source launcher. */
    static final class Examples {

        private Examples() {
        }

        static Path folder() {
            Path root = Path.of(System.getProperty("nas.home", "..")).toAbsolutePath();
            return root.resolve("examples").normalize();
        }

        /** Runs one example on the test class path; returns its one line of output. */
        static String run(Path source, Path... args) throws Exception {
            List<String> cmd = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-DOPT_OUT_TRACKING=true", "--enable-native-access=ALL-UNNAMED",
                    "-cp", System.getProperty("java.class.path"), source.toString()));
            for (Path a : args) {
                cmd.add(a.toString());
            }
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false);
            pb.environment().put("OPT_OUT_TRACKING", "true");
            Path err = Files.createTempFile(tmp, "example", ".err");
            pb.redirectError(err.toFile());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), source + " did not finish");
            assertEquals(0, p.exitValue(), source + ": " + out + "\n" + Files.readString(err));
            return out;
        }
    }
}
