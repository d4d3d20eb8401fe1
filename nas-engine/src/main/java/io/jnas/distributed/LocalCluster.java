package io.jnas.distributed;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code --workers N} on one machine: an embedded PostgreSQL (real binaries from Maven, in a
 * temporary folder, on a free port of localhost, trust authentication) and N {@code nas worker}
 * processes of this JVM's class path, each watching this process and stopping when it ends. The
 * same code path as workers on other machines, with nothing to start by hand. A worker runs the
 * command line by class name ({@code io.jnas.cli.NasCommand}, module nas-cli), so the class path
 * must hold nas-cli: the launcher's does, nas-engine's own tests start no workers.
 *
 * <pre>{@code
 * try (LocalCluster c = LocalCluster.start(2, logs)) { ... c.db() ... }
 * }</pre>
 */
public final class LocalCluster implements AutoCloseable {

    static {
        // the database's own log lines stay out of the search's output (set before its logger)
        System.setProperty("org.slf4j.simpleLogger.log.io.zonky.test", "warn");
    }

    private final EmbeddedPostgres postgres;
    private final DbSettings db;
    private final List<Process> workers = new ArrayList<>();
    private final Path logs;

    private LocalCluster(EmbeddedPostgres postgres, Path logs) {
        this.postgres = postgres;
        this.logs = logs;
        this.db = new DbSettings("jdbc:postgresql://localhost:" + postgres.getPort()
                + "/postgres", DbSettings.DEFAULT_USER, "");
    }

    /** Starts the database only (the caller creates the schema, then {@link #startWorkers}). */
    public static LocalCluster startDatabase(Path logs) {
        try {
            Files.createDirectories(logs);
            return new LocalCluster(EmbeddedPostgres.builder().start(), logs);
        } catch (IOException e) {
            throw new DistributedException(false, "the embedded PostgreSQL did not start: "
                    + e.getMessage(), e);
        }
    }

    public DbSettings db() {
        return db;
    }

    /** Where the workers' logs are ({@code worker-1.log}, ...). */
    public Path logs() {
        return logs;
    }

    /** Starts {@code n} worker processes named local-1 ... local-n. */
    public void startWorkers(int n, int dashboardPort) {
        for (int i = 1; i <= n; i++) {
            List<String> cmd = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-DOPT_OUT_TRACKING=true", "-Dai.djl.offline=true",
                    "--enable-native-access=ALL-UNNAMED"));
            String home = System.getProperty("nas.home");
            if (home != null) {
                cmd.add("-Dnas.home=" + home);
            }
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"),
                    "io.jnas.cli.NasCommand", "worker", "--db", db.url(), "--name", "local-" + i,
                    "--parent-pid", String.valueOf(ProcessHandle.current().pid())));
            if (i == 1 && dashboardPort > 0) {
                cmd.addAll(List.of("--dashboard-port", String.valueOf(dashboardPort)));
            }
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(logs.resolve("worker-" + i + ".log").toFile());
            pb.environment().putAll(db.environment());
            try {
                workers.add(pb.start());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start worker " + i, e);
            }
        }
    }

    /**
     * Fails when every worker process has ended (it could not start, or was killed): nothing
     * would evaluate the jobs.
     */
    public void requireWorkers() {
        if (!workers.isEmpty() && workers.stream().noneMatch(Process::isAlive)) {
            throw new DistributedException(false, "all " + workers.size() + " local workers"
                    + " ended (exit " + workers.get(0).exitValue() + "); their logs are in "
                    + logs);
        }
    }

    /** The worker processes, in start order. */
    public List<Process> workers() {
        return List.copyOf(workers);
    }

    @Override
    public void close() {
        workers.forEach(Process::destroy);
        for (Process p : workers) {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL did not stop", e);
        }
    }
}
