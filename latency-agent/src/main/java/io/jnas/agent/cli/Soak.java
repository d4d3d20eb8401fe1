package io.jnas.agent.cli;

import io.jnas.agent.client.AgentClient;
import io.jnas.agent.guard.RequestedSettings;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Measures many blocks, cycling through a few, and prints resident memory along the way. Each
 * block is built, initialised, timed and closed, so memory that a block fails to release shows
 * up as growth proportional to the number of blocks.
 */
final class Soak {

    /** Resident memory readings over a run. */
    static final int READINGS = 20;

    private final PrintWriter out;
    private final AgentClient client;
    private final List<String> pool;
    private final RequestedSettings settings;
    private final int keysPerCall;

    Soak(PrintWriter out, AgentClient client, List<String> pool, RequestedSettings settings,
            int keysPerCall) {
        this.out = out;
        this.client = client;
        this.pool = pool;
        this.settings = settings;
        this.keysPerCall = keysPerCall;
    }

    void run(int total, String spaceName) {
        out.printf("soak: %d blocks cycling over %d distinct blocks of %s, %s warm-up + %s timed"
                        + " calls x %s rounds each%n", total, pool.size(), spaceName,
                settings.warmup() == null ? "default" : settings.warmup(),
                orDefault(settings.repetitions()),
                orDefault(settings.rounds()));
        long rssStart = ResidentMemory.bytes();
        report("start", 0, rssStart);
        long start = System.nanoTime();
        int done = 0;
        int step = Math.max(1, total / READINGS);
        int warmAt = Math.min(total, 2 * step);
        int nextReport = step;
        // readings from the end of the first tenth on count: allocator pools and the JIT are warm
        SimpleRegression trend = new SimpleRegression();
        DescriptiveStatistics range = new DescriptiveStatistics();
        while (done < total) {
            int n = Math.min(keysPerCall, Math.min(total - done, nextReport - done));
            List<String> keys = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                keys.add(pool.get((done + i) % pool.size()));
            }
            client.profileOps(keys, settings, m -> { });
            done += n;
            if (done == nextReport || done == total) {
                long rss = ResidentMemory.bytes();
                report("after", done, rss);
                if (done >= warmAt) {
                    trend.addData(done / 1000.0, rss / (double) (1L << 20));
                    range.addValue(rss / (double) (1L << 20));
                }
                nextReport = Math.min(total, nextReport + step);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long rssEnd = ResidentMemory.bytes();
        out.printf(Locale.ROOT, "growth: %s from start to end; from block %d on, rss stayed in"
                        + " %.1f..%.1f MiB with a least-squares trend of %+.2f MiB per 1000 blocks"
                        + " (%d readings)%n", signed(rssEnd - rssStart), warmAt, range.getMin(),
                range.getMax(), range.getN() > 1 ? trend.getSlope() : 0.0, range.getN());
        out.printf(Locale.ROOT, "throughput: %.0f blocks/minute (%d blocks in %.1f s)%n",
                total / seconds * 60, total, seconds);
    }

    private void report(String when, int blocks, long rss) {
        out.printf(Locale.ROOT, "  %-5s %7d blocks: rss %s, java heap in use %s of %s committed%n",
                when, blocks, ResidentMemory.mib(rss),
                ResidentMemory.mib(ResidentMemory.heapUsedBytes()),
                ResidentMemory.mib(Runtime.getRuntime().totalMemory()));
        out.flush();
    }

    private static String orDefault(int calls) {
        return calls == 0 ? "default" : Integer.toString(calls);
    }

    private static String signed(long bytes) {
        return (bytes >= 0 ? "+" : "-") + ResidentMemory.mib(Math.abs(bytes));
    }
}
