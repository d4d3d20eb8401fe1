package io.jnas.distributed;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.jobrunr.dashboard.JobRunrDashboardWebServer;
import org.jobrunr.dashboard.JobRunrDashboardWebServerConfiguration;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.server.JobActivator;

/**
 * A JobRunr background job server that runs one evaluation at a time (one worker thread: DJL
 * allows one gradient collector per process; start several processes per machine or GPU for
 * more). JobRunr does the rest: it polls for enqueued jobs, writes a heartbeat every poll
 * interval, and any server's orphaned-job task re-enqueues the jobs of a server whose heartbeat
 * stopped (after {@link #SERVER_TIMEOUT_POLLS} polls), with JobRunr's retries.
 *
 * <pre>{@code
 * try (Worker w = Worker.start(db, handler, "gpu-box-1", 0)) { w.awaitStop(); }
 * }</pre>
 */
public final class Worker implements AutoCloseable {

    /** JobRunr's smallest poll interval for SQL databases. */
    public static final Duration POLL_INTERVAL = Duration.ofSeconds(5);
    /** JobRunr's smallest server timeout, in poll intervals (orphans are found after 20 s). */
    public static final int SERVER_TIMEOUT_POLLS = 4;

    private final BackgroundJobServer server;
    private final JobRunrDashboardWebServer dashboard;
    private final EvaluationHandler handler;

    private Worker(BackgroundJobServer server, JobRunrDashboardWebServer dashboard,
            EvaluationHandler handler) {
        this.server = server;
        this.dashboard = dashboard;
        this.handler = handler;
    }

    /**
     * Starts the server named {@code name}, and JobRunr's dashboard on {@code dashboardPort}
     * when it is above 0 (without JobRunr's anonymous usage reports).
     */
    public static Worker start(JobDatabase db, EvaluationHandler handler, String name,
            int dashboardPort) {
        requireNonNull(handler, "handler");
        JobActivator activator = new JobActivator() {
            @Override
            public <T> T activateJob(Class<T> type) {
                return type.isInstance(handler) ? type.cast(handler) : null;
            }
        };
        BackgroundJobServer server = new BackgroundJobServer(db.storage(), db.json(), activator,
                BackgroundJobServerConfiguration.usingStandardBackgroundJobServerConfiguration()
                        .andName(name)
                        .andWorkerCount(1)
                        .andPollInterval(POLL_INTERVAL)
                        .andServerTimeoutPollIntervalMultiplicand(SERVER_TIMEOUT_POLLS));
        server.start();
        JobRunrDashboardWebServer dashboard = null;
        if (dashboardPort > 0) {
            dashboard = new JobRunrDashboardWebServer(db.storage(), db.json(),
                    JobRunrDashboardWebServerConfiguration.usingStandardDashboardConfiguration()
                            .andPort(dashboardPort).andAllowAnonymousDataUsage(false));
            dashboard.start();
        }
        return new Worker(server, dashboard, handler);
    }

    /** Blocks until the process is asked to stop (SIGTERM, Ctrl-C) or interrupted. */
    public void awaitStop() throws InterruptedException {
        Thread.currentThread().join();
    }

    @Override
    public void close() {
        if (dashboard != null) {
            dashboard.stop();
        }
        server.stop();
        handler.close();
    }
}
