package io.jnas.agent.cli;

import io.jnas.agent.client.AgentClient;
import io.jnas.rpc.MeasurementSettings;
import io.jnas.rpc.ProfileOpsRequest;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures many blocks, cycling through a few, and prints resident memory along the way. Each
 * block is built, initialised, timed and closed, so memory that a block fails to release shows
 * up as growth proportional to the number of blocks.
 */
final class Soak {

    private final PrintWriter out;
    private final AgentClient client;
    private final List<String> pool;
    private final MeasurementSettings settings;
    private final int keysPerCall;

    Soak(PrintWriter out, AgentClient client, List<String> pool, MeasurementSettings settings,
            int keysPerCall) {
        this.out = out;
        this.client = client;
        this.pool = pool;
        this.settings = settings;
        this.keysPerCall = keysPerCall;
    }

    void run(int total, String spaceName) {
        out.printf("soak: %d blocks cycling over %d distinct blocks of %s, %d warm-up + %d timed"
                        + " calls x %d rounds each%n", total, pool.size(), spaceName,
                settings.hasWarmup() ? settings.getWarmup() : -1, settings.getRepetitions(),
                settings.getRounds());
        long rssStart = ResidentMemory.bytes();
        report("start", 0, rssStart);
        long start = System.nanoTime();
        int done = 0;
        long rssWarm = -1;
        int warmAt = Math.max(1, total / 10);
        int nextReport = warmAt;
        while (done < total) {
            int n = Math.min(keysPerCall, Math.min(total - done, nextReport - done));
            List<String> keys = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                keys.add(pool.get((done + i) % pool.size()));
            }
            client.profileOps(ProfileOpsRequest.newBuilder().addAllOpKeys(keys)
                    .setSettings(settings).build(), m -> { });
            done += n;
            if (done == nextReport || done == total) {
                long rss = ResidentMemory.bytes();
                report("after", done, rss);
                if (done == warmAt) {
                    rssWarm = rss;
                }
                nextReport = Math.min(total, nextReport + warmAt);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long rssEnd = ResidentMemory.bytes();
        out.printf(Locale.ROOT, "growth: %s from start, %s from block %d to block %d (%.1f KiB"
                        + " per 1000 blocks after warm-up)%n",
                signed(rssEnd - rssStart), signed(rssEnd - rssWarm), warmAt, total,
                total > warmAt ? (rssEnd - rssWarm) / 1024.0 / (total - warmAt) * 1000 : 0);
        out.printf(Locale.ROOT, "throughput: %.0f blocks/minute (%d blocks in %.1f s)%n",
                total / seconds * 60, total, seconds);
    }

    private void report(String when, int blocks, long rss) {
        out.printf(Locale.ROOT, "  %-5s %7d blocks: rss %s, java heap in use %s%n", when, blocks,
                ResidentMemory.mib(rss), ResidentMemory.mib(ResidentMemory.heapUsedBytes()));
        out.flush();
    }

    private static String signed(long bytes) {
        return (bytes >= 0 ? "+" : "-") + ResidentMemory.mib(Math.abs(bytes));
    }
}
