package io.jnas.cli.distributed;

import io.jnas.cli.choice.SupernetProgress;
import io.jnas.distributed.EvaluationHandler;
import io.jnas.distributed.JobDatabase;
import io.jnas.distributed.ProjectVersion;
import io.jnas.distributed.Worker;
import io.jnas.evaluators.Evaluators;
import io.jnas.options.VerboseOption;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nas worker --db URL}: a JobRunr background server that evaluates the jobs of searches
 * started with {@code nas search --db URL}, one at a time, until stopped.
 */
@Command(name = "worker", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluate architectures for searches started with `nas search --db URL`:"
                + " a JobRunr background server on the job database, one evaluation at a time"
                + " (start one per core group or GPU). Stop with Ctrl-C or SIGTERM; a killed"
                + " worker's job is retried elsewhere once its heartbeat stops (20 s)."},
        footer = {"", "Example:", "  NAS_DB_PASSWORD=... nas worker --db"
                + " jdbc:postgresql://db-host:5432/nas --name gpu-1"})
public final class WorkerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions db = new DbOptions();

    @Option(names = "--name", paramLabel = "NAME", description = "Worker name shown in results"
            + " and the dashboard (default: host-pid).")
    String name;

    @Option(names = "--dashboard-port", paramLabel = "PORT", description = "Serve JobRunr's"
            + " dashboard on this port (off by default).")
    Integer dashboardPort;

    @Option(names = "--parent-pid", paramLabel = "PID", hidden = true,
            description = "Stop when this process ends (local workers of --workers).")
    Long parentPid;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (!db.given()) {
            throw new IllegalArgumentException("--db URL is required (the job database of the"
                    + " searches)");
        }
        String me = name != null ? name : host() + "-" + ProcessHandle.current().pid();
        // a DistributedException leaves through NasCommand's one handler (exit 2 or 1)
        JobDatabase jobs = JobDatabase.open(db.settings());
        EvaluationHandler handler = new EvaluationHandler(SupernetProgress.consoleEvaluators(),
                Evaluators.names(), jobs.results(), me, physicalMemory());
        Worker running = Worker.start(jobs, handler, me, dashboardPort == null ? 0
                : dashboardPort);
        err.println("nas worker: " + me + " (jnas " + ProjectVersion.CURRENT + ") evaluates"
                + " jobs of " + jobs.settings().url() + " one at a time"
                + (dashboardPort == null ? "" : "; dashboard on http://localhost:"
                + dashboardPort));
        err.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "worker-stop"));
        if (parentPid != null) {
            ProcessHandle.of(parentPid).ifPresentOrElse(
                    p -> p.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
        }
        running.awaitStop();
        return 0;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "worker";
        }
    }

    private static long physicalMemory() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
    }
}
