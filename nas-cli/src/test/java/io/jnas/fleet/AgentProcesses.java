package io.jnas.fleet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Real agent JVMs on loopback ports, all reporting one hardware id, for fleet tests. */
final class AgentProcesses implements AutoCloseable {

    static final String TOKEN = "fleet-it-token-7d21";
    private static final Pattern LISTENING =
            Pattern.compile("latency agent listening on 127\\.0\\.0\\.1:(\\d+) .*");

    final List<Process> processes = new ArrayList<>();
    final List<Integer> ports = new ArrayList<>();

    static AgentProcesses start(int n, Path dir) throws Exception {
        AgentProcesses a = new AgentProcesses();
        Path token = Files.writeString(dir.resolve("token"), TOKEN + "\n");
        for (int i = 0; i < n; i++) {
            Path out = dir.resolve("agent" + i + ".out");
            a.processes.add(javaProcess(dir, out, "io.jnas.agent.cli.AgentMain", "--port", "0",
                    "--token-file", token.toString(), "--startup-warmup-ms", "0", "--hardware-id",
                    "it-fleet-cpu"));
        }
        for (int i = 0; i < n; i++) {
            a.ports.add(awaitPort(a.processes.get(i), dir.resolve("agent" + i + ".out")));
        }
        return a;
    }

    /** A JVM with this test's class path running {@code main} with arguments. */
    static Process javaProcess(Path dir, Path out, String main, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
                "-DOPT_OUT_TRACKING=true", "-cp", System.getProperty("java.class.path"), main));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("OPT_OUT_TRACKING", "true");
        pb.environment().remove("JNAS_AGENT_TOKEN");
        pb.redirectErrorStream(true);
        pb.redirectOutput(out.toFile());
        return pb.start();
    }

    private static int awaitPort(Process p, Path out) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(out)) {
                Matcher m = LISTENING.matcher(line);
                if (m.matches()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("agent exited: " + Files.readString(out));
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("agent did not listen within 120 s");
    }

    /** A fleet file naming the agents. */
    Path fleetFile(Path dir) throws Exception {
        StringBuilder sb = new StringBuilder("agents:\n");
        for (int i = 0; i < ports.size(); i++) {
            sb.append("  - name: agent").append(i).append("\n    address: 127.0.0.1:")
                    .append(ports.get(i)).append("\n    token: ").append(TOKEN)
                    .append("\n    timeout_s: 60\n");
        }
        return Files.writeString(dir.resolve("fleet.yaml"), sb);
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : processes) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
