package io.jnas.cli;

import io.jnas.arch.OpKey;
import io.jnas.calibrate.CalibrationRun;
import io.jnas.fleet.Fleet;
import io.jnas.fleet.FleetAgent;
import io.jnas.fleet.FleetConnector;
import io.jnas.fleet.FleetFile;
import io.jnas.fleet.HardwareGroup;
import io.jnas.fleet.TableBuilder;
import io.jnas.space.SearchSpace;
import io.jnas.space.SpaceKeys;
import io.jnas.table.LookupTable;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nas tables build}: one table per hardware id of a fleet, for every key of a space. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Measure every block key of a space (or of --sample N random subnets) on each"
            + " hardware of a fleet; agents of the same hardware id share the work.",
            "Each measurement is journaled as it arrives: a killed build continues with --resume."})
public final class TablesBuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    TableOptions table;

    @Option(names = "--sample", description = "Only the keys of N random subnets (default: all keys).")
    int sample;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of --sample (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--resume", description = "Continue an interrupted build from its journal.")
    boolean resume;

    @Option(names = "--calibrate", defaultValue = "48", description = "Architectures measured end"
            + " to end to calibrate each table afterwards; 0 skips (default: ${DEFAULT-VALUE}).")
    int calibrate;

    @Option(names = "--chunk", defaultValue = "16", description = "Keys an agent takes at a time (default: ${DEFAULT-VALUE}).")
    int chunk;

    @Option(names = "--retries", defaultValue = "3", description = "Tries per chunk before an agent is given up (default: ${DEFAULT-VALUE}).")
    int retries;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SearchSpace space = SearchSpace.load(table.space());
        List<OpKey> keys = keys(space);
        List<FleetAgent> agents = FleetConnector.standard().openAll(FleetFile.load(table.fleet));
        try {
            Fleet.Grouping g = Fleet.group(agents);
            g.unreachable().forEach(err::println);
            if (g.groups().isEmpty()) {
                err.println("no agent of " + table.fleet + " answered; nothing was measured");
                return 1;
            }
            out.printf("%d block keys of %s; %d hardware id(s) in %s%n", keys.size(), space.name(),
                    g.groups().size(), table.fleet);
            ConsoleBuildProgress progress = new ConsoleBuildProgress(out, g.groups().size() == 1);
            TableBuilder builder = new TableBuilder(new TableBuilder.Options(table.tablesDir, resume,
                    table.settings(), chunk, retries, Duration.ofSeconds(1), progress));
            ExecutorService pool = Executors.newFixedThreadPool(g.groups().size());
            List<Future<TableBuilder.Result>> results = new ArrayList<>();
            for (HardwareGroup group : g.groups()) {
                // different hardware never shares a device, so groups build side by side
                results.add(pool.submit(() -> builder.build(group, keys, LookupTable.spaceTag(space))));
            }
            pool.shutdown();
            int failed = 0;
            for (int i = 0; i < results.size(); i++) {
                try {
                    TableBuilder.Result r = results.get(i).get();
                    out.printf("%s: %d measured now, %d already there -> %s%n", r.hardwareId(),
                            r.measured(), r.reused(), r.table());
                    r.failedAgents().forEach(f -> err.println("  gave up on " + f));
                    if (calibrate > 0 && sample > 0) {
                        out.println("not calibrated: a table built from --sample holds the blocks of"
                                + " few subnets; run `./nas tables calibrate` on a full table");
                    } else if (calibrate > 0) {
                        CalibrationRun.calibrate(table.tablesDir, g.groups().get(i), space, calibrate,
                                table.settings(), out);
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    failed++;
                    err.println(e.getCause().getMessage());
                }
            }
            return failed == 0 ? 0 : 1;
        } finally {
            agents.forEach(FleetAgent::close);
        }
    }

    private List<OpKey> keys(SearchSpace space) {
        if (sample <= 0) {
            return SpaceKeys.all(space);
        }
        Set<OpKey> keys = new LinkedHashSet<>();
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < sample; i++) {
            keys.addAll(space.resolve(space.sample(rng)).opKeys());
        }
        return new ArrayList<>(keys);
    }

    /** Progress: a bar with ETA when one hardware builds, a line every 10% per hardware otherwise. */
    static final class ConsoleBuildProgress implements io.jnas.fleet.BuildProgress {
        private final PrintWriter out;
        private final boolean bar;
        private final ConcurrentHashMap<String, int[]> counts = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<String, me.tongfei.progressbar.ProgressBar> bars =
                new ConcurrentHashMap<>();
        private final long start = System.nanoTime();

        ConsoleBuildProgress(PrintWriter out, boolean bar) {
            this.out = out;
            this.bar = bar && System.console() != null;
        }

        @Override
        public void start(String hw, int total, int already) {
            counts.put(hw, new int[] {already, total, already});
            if (bar && already < total) {
                me.tongfei.progressbar.ProgressBar pb = new me.tongfei.progressbar.ProgressBarBuilder()
                        .setTaskName(hw.length() > 24 ? hw.substring(0, 24) : hw).setInitialMax(total)
                        .setStyle(me.tongfei.progressbar.ProgressBarStyle.ASCII).build();
                pb.stepTo(already);
                bars.put(hw, pb);
            } else {
                out.printf("%s: %d of %d keys already measured%n", hw, already, total);
                out.flush();
            }
        }

        @Override
        public void measured(String hw, String agent) {
            int[] c = counts.get(hw);
            int done;
            synchronized (c) {
                done = ++c[0];
            }
            me.tongfei.progressbar.ProgressBar pb = bars.get(hw);
            if (pb != null) {
                pb.step();
            } else if (done == c[1] || (done * 10L / c[1]) > ((done - 1) * 10L / c[1])) {
                double secs = (System.nanoTime() - start) / 1e9;
                double rate = (done - c[2]) / Math.max(secs, 1e-3);
                long eta = rate > 0 ? Math.round((c[1] - done) / rate) : -1;
                out.printf("%s: %d/%d keys (%d%%), ETA %ds%n", hw, done, c[1], done * 100L / c[1], eta);
                out.flush();
            }
        }

        @Override
        public void agentFailed(String hw, String agent, String reason) {
            out.printf("%s: agent %s failed (%s); its keys go to the other agents%n", hw, agent, reason);
            out.flush();
        }

        @Override
        public void finished(String hw) {
            me.tongfei.progressbar.ProgressBar pb = bars.remove(hw);
            if (pb != null) {
                pb.close();
            }
        }
    }
}
