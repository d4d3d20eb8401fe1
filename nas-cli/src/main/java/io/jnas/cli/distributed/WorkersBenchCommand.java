package io.jnas.cli.distributed;

import io.jnas.distributed.Worker;
import io.jnas.distributed.WorkersBench;
import io.jnas.run.RunConfig;
import io.jnas.run.RunConfigReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nas workers-bench}: evaluations per hour of 1 and 2 local workers, engine overhead. */
@Command(name = "workers-bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluations per hour of N local JobRunr workers (embedded PostgreSQL)"
                + " with the evaluator and space of a run config (default: the main job's,"
                + " brief training), and the engine's overhead per job."})
public final class WorkersBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "configs/search/default.yaml",
            description = "Run config giving space, evaluator and its options (default:"
                    + " ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--workers", paramLabel = "N", split = ",", defaultValue = "1,2",
            description = "Worker counts to measure (default: ${DEFAULT-VALUE}).")
    List<Integer> workers;

    @Option(names = "--evals", paramLabel = "N", defaultValue = "24",
            description = "Timed evaluations per worker count (default: ${DEFAULT-VALUE}, the main"
                    + " job's budget: with few jobs the last one's tail dominates the ratio).")
    int evaluations;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the random architectures (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunConfig c = RunConfigReader.read(config);
        Path logs = Files.createTempDirectory("jnas-workers-bench");
        WorkersBench bench = new WorkersBench(c, err);
        List<WorkersBench.Row> rows = new ArrayList<>();
        double loadBefore = loadAverage();
        for (int n : workers) {
            rows.add(bench.run(n, evaluations, seed, logs)); // failures: NasCommand's handler
        }
        out.printf(Locale.ROOT, "evaluator %s on %s, %d evaluations per row (worker logs: %s)%n",
                c.evaluator(), c.space(), evaluations, logs);
        // other processes share the cores: the figures mean little without the machine's load
        out.printf(Locale.ROOT, "load average (1 min) %.2f before, %.2f after, on %d cores%n",
                loadBefore, loadAverage(), Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-8s %10s %14s %17s %9s%n", "workers", "seconds",
                "evaluator s", "evaluations/hour", "speed-up");
        double base = rows.get(0).perHour();
        for (WorkersBench.Row r : rows) {
            out.printf(Locale.ROOT, "%-8d %10.1f %14.1f %17.0f %8.2fx%n", r.workers(), r.seconds(),
                    r.evaluatorSeconds(), r.perHour(), r.perHour() / base);
        }
        List<Double> gaps = new ArrayList<>();
        double submit = 0;
        for (WorkersBench.Row r : rows) {
            gaps.addAll(r.gapsMs());
            submit = Math.max(submit, r.submitMs());
        }
        gaps.sort(null);
        out.printf(Locale.ROOT, "engine overhead per job: median %.0f ms between a worker's jobs"
                + " (max %.0f ms, %d gaps), %.1f ms to submit a job; an idle worker's first"
                + " pickup waits up to one poll interval (%d s)%n",
                gaps.isEmpty() ? Double.NaN : gaps.get(gaps.size() / 2),
                gaps.isEmpty() ? Double.NaN : gaps.get(gaps.size() - 1), gaps.size(), submit,
                Worker.POLL_INTERVAL.toSeconds());
        out.flush();
        return 0;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
