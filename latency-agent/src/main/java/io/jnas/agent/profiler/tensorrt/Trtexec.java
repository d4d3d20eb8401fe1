package io.jnas.agent.profiler.tensorrt;

import static java.util.Objects.requireNonNull;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NVIDIA's {@code trtexec}, the TensorRT command line that ships with every TensorRT install
 * (JetPack puts it in {@code /usr/src/tensorrt/bin}). It builds an engine from an ONNX file
 * once, then times rounds of inference on it, reporting every iteration's latency
 * ({@code --exportTimes}); the agent keeps its own protocol on top (see {@link TrtexecTimes}).
 *
 * <pre>{@code
 * Trtexec t = Trtexec.locate(System.getenv(), Path.of("/")).map(Trtexec::at).orElseThrow();
 * t.build(onnx, plan, "input:1x3x224x224", 0, false);
 * double[] ms = t.timeRound(plan, "input:1x3x224x224", 0, 10, 10, times);
 * }</pre>
 *
 * @param executable the trtexec binary
 * @param version what it says about itself, e.g. {@code TensorRT v8602}
 */
public record Trtexec(Path executable, String version) {

    /** Where TensorRT installs put trtexec when it is not on the PATH. */
    static final List<String> USUAL_PLACES = List.of("usr/src/tensorrt/bin/trtexec",
            "usr/local/tensorrt/bin/trtexec", "opt/tensorrt/bin/trtexec");

    private static final Pattern VERSION = Pattern.compile("TensorRT v(\\d+)");
    private static final long BUILD_MINUTES = 20;
    private static final long ROUND_MINUTES = 5;

    public Trtexec {
        requireNonNull(executable, "executable");
        requireNonNull(version, "version");
    }

    /**
     * Finds trtexec: {@code $TRTEXEC}, then the {@code PATH}, then the usual install folders
     * under {@code root}.
     */
    public static Optional<Path> locate(Map<String, String> env, Path root) {
        List<Path> candidates = new ArrayList<>();
        String named = env.get("TRTEXEC");
        if (named != null && !named.isBlank()) {
            candidates.add(Path.of(named));
        }
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                candidates.add(Path.of(dir, "trtexec"));
            }
        }
        USUAL_PLACES.forEach(p -> candidates.add(root.resolve(p)));
        return candidates.stream().filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
                .findFirst();
    }

    /**
     * Asks the binary for its version ({@code trtexec --help} prints it on its first line).
     *
     * @throws IllegalStateException when it does not run
     */
    public static Trtexec at(Path executable) {
        String out = run(List.of(executable.toString(), "--help"), 1, false);
        Matcher m = VERSION.matcher(out);
        return new Trtexec(executable, m.find() ? "TensorRT v" + m.group(1) : "unknown version");
    }

    /**
     * Builds a serialized engine from an ONNX file.
     *
     * @param shapes the input with its shape, e.g. {@code input:1x3x224x224}
     */
    public void build(Path onnx, Path plan, String shapes, int gpu, boolean fp16) {
        List<String> cmd = new ArrayList<>(List.of(executable.toString(), "--onnx=" + onnx,
                "--saveEngine=" + plan, "--shapes=" + shapes, "--device=" + gpu,
                "--iterations=1", "--warmUp=0", "--duration=0"));
        if (fp16) {
            cmd.add("--fp16");
        }
        run(cmd, BUILD_MINUTES, true);
        if (!Files.isRegularFile(plan)) {
            throw new IllegalStateException("trtexec wrote no engine to " + plan);
        }
    }

    /**
     * Times one round on a built engine: {@code warmup + repetitions} iterations in one
     * process, without trtexec's own time-based warm-up, the first {@code warmup} dropped.
     */
    public double[] timeRound(Path plan, String shapes, int gpu, int warmup, int repetitions,
            Path timesFile) {
        List<String> cmd = List.of(executable.toString(), "--loadEngine=" + plan,
                "--shapes=" + shapes, "--device=" + gpu, "--warmUp=0", "--duration=0",
                "--iterations=" + (warmup + repetitions), "--avgRuns=1", "--useSpinWait",
                "--exportTimes=" + timesFile);
        run(cmd, ROUND_MINUTES, true);
        try {
            return TrtexecTimes.parse(Files.readString(timesFile, StandardCharsets.UTF_8),
                    warmup, repetitions);
        } catch (IOException e) {
            throw new IllegalStateException("trtexec wrote no timings to " + timesFile, e);
        }
    }

    /** Runs a command, returns its output; a non-zero exit names the command and its last lines. */
    private static String run(List<String> cmd, long minutes, boolean mustSucceed) {
        try {
            Path log = Files.createTempFile("trtexec", ".log");
            try {
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", cmd) + " ran longer than "
                            + minutes + " minutes");
                }
                String out = Files.readString(log, StandardCharsets.UTF_8);
                if (mustSucceed && p.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", cmd) + " exited "
                            + p.exitValue() + ": " + tail(out));
                }
                return out;
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + cmd.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + cmd.get(0) + " ran", e);
        }
    }

    private static String tail(String out) {
        String[] lines = out.strip().split("\n");
        return String.join(" | ", List.of(lines).subList(Math.max(0, lines.length - 3),
                lines.length));
    }
}
