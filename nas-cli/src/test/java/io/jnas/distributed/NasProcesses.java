package io.jnas.distributed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.search.Spaces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Real {@code nas} processes (NasCommand on the test class path) with the search's kernels. */
final class NasProcesses {

    private final Path logs;

    NasProcesses(Path logs) {
        this.logs = logs;
    }

    /** Search flags of a small random search on mnist-small scored by synflow. */
    static List<String> search(String name, long seed, int evals, Path dir) {
        return new ArrayList<>(List.of("search", "--space", Spaces.file("mnist-small").toString(),
                "--strategy", "random", "--evals", String.valueOf(evals), "--seed",
                String.valueOf(seed), "--evaluator", "synflow", "--devices", "local",
                "--predictor", "flops", "--flops", "local=0.4:0.2", "--name", name,
                "--checkpoint-every", "3", "--run-dir", dir.toString()));
    }

    /** Starts {@code nas <args>} with the given environment; output to logs/<log>. */
    Process start(String log, List<String> args, Map<String, String> env) {
        String cp = System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-Xmx1g", "-DOPT_OUT_TRACKING=true", "-Dai.djl.offline=true",
                "--enable-native-access=ALL-UNNAMED", "-Djava.io.tmpdir=" + logs, "-cp", cp,
                "io.jnas.cli.NasCommand"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(logs.resolve(log).toFile());
        pb.environment().put("OPT_OUT_TRACKING", "true");
        // as ./nas sets it for search and worker: the same accuracy in every process
        pb.environment().put("ATEN_CPU_CAPABILITY", "default");
        pb.environment().putAll(env);
        try {
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code nas <args>} to its end and returns its exit code. */
    int run(String log, List<String> args, Map<String, String> env) throws InterruptedException {
        Process p = start(log, args, env);
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), "nas " + args.get(0) + " did not end: "
                + tail(log));
        return p.exitValue();
    }

    String output(String log) {
        try {
            return Files.readString(logs.resolve(log));
        } catch (IOException e) {
            return "";
        }
    }

    String tail(String log) {
        String s = output(log);
        return s.substring(Math.max(0, s.length() - 3000));
    }

    /** Waits until one of the logs holds {@code text}; returns that log's index. */
    int awaitAny(List<String> logNames, String text, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            for (int i = 0; i < logNames.size(); i++) {
                if (output(logNames.get(i)).contains(text)) {
                    return i;
                }
            }
            assertTrue(System.nanoTime() < end, "no log of " + logNames + " showed '" + text
                    + "' in " + seconds + " s: " + tail(logNames.get(0)));
            Thread.sleep(20);
        }
    }
}
