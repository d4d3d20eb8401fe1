package io.jnas.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.OpKey;
import io.jnas.space.SearchSpace;
import io.jnas.space.SpaceKeys;
import io.jnas.table.LatencyEntry;
import io.jnas.table.LookupTable;
import io.jnas.table.MeasurementJournal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Table builds with real agent processes over TCP: an agent killed mid-build, a killed builder. */
class FleetBuildIT {

    static final Path ROOT = Path.of(System.getProperty("nas.home", "..")).toAbsolutePath();
    static final MeasureSettings FAST = new MeasureSettings("", "", 0, "", 0, 1, 2, 1, 0, null);

    @TempDir
    Path dir;

    static SearchSpace space() {
        return SearchSpace.load(ROOT.resolve("configs/spaces/mnist-small.yaml"));
    }

    @Test
    void threeAgentsOneKilledMidBuildGiveACompleteTable() throws Exception {
        List<OpKey> keys = SpaceKeys.all(space());
        try (AgentProcesses procs = AgentProcesses.start(3, dir)) {
            List<FleetAgent> agents = FleetConnector.standard()
                    .openAll(FleetFile.load(procs.fleetFile(dir)));
            Fleet.Grouping g = Fleet.group(agents);
            assertEquals(1, g.groups().size(), "one hardware id");
            AtomicInteger byVictim = new AtomicInteger();
            BuildProgress killer = new BuildProgress() {
                public void start(String hw, int total, int already) { }

                public void measured(String hw, String agent) {
                    if (agent.equals("agent1") && byVictim.incrementAndGet() == 20) {
                        procs.processes.get(1).destroyForcibly();
                    }
                }

                public void agentFailed(String hw, String agent, String reason) { }

                public void finished(String hw) { }
            };
            Path tables = Files.createDirectories(dir.resolve("tables"));
            TableBuilder.Result r = new TableBuilder(new TableBuilder.Options(tables, false, FAST, 8,
                    1, Duration.ofMillis(100), killer)).build(g.groups().get(0), keys, "t@1");
            agents.forEach(FleetAgent::close);

            LookupTable t = LookupTable.load(r.table()); // refuses duplicate keys
            assertEquals(new HashSet<>(keys), keys(t));
            assertEquals(1, r.failedAgents().size(), r.failedAgents().toString());
            assertTrue(r.failedAgents().get(0).contains("agent1"), r.failedAgents().toString());
            assertTrue(byVictim.get() >= 20);
            assertEquals("it-fleet-cpu", t.metadata().hardwareId());
            assertEquals(1, t.metadata().warmup());
        }
    }

    @Test
    void aBuilderKilledWithSigkillResumesAndMeasuresNothingTwice() throws Exception {
        List<OpKey> keys = SpaceKeys.all(space());
        try (AgentProcesses procs = AgentProcesses.start(2, dir)) {
            Path fleet = procs.fleetFile(dir);
            Path tables = dir.resolve("tables");
            String[] args = {"tables", "build", "--space",
                ROOT.resolve("configs/spaces/mnist-small.yaml").toString(), "--fleet", fleet.toString(),
                "--tables-dir", tables.toString(), "--warmup", "1", "--repetitions", "2", "--rounds",
                "1", "--calibrate", "0"};
            Process builder = AgentProcesses.javaProcess(dir, dir.resolve("build1.out"),
                    "io.jnas.cli.NasCommand", args);
            Path journal = MeasurementJournal.fileOf(tables, "it-fleet-cpu");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (rows(journal) < 60 && builder.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(builder.isAlive(), "the build ended before it could be killed: "
                    + Files.readString(dir.resolve("build1.out")));
            builder.destroyForcibly(); // SIGKILL
            builder.waitFor(30, TimeUnit.SECONDS);
            int journaled = MeasurementJournal.read(journal).size();
            assertTrue(journaled >= 60 && journaled < keys.size(), "journaled " + journaled);

            String[] resume = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--resume")).toArray(String[]::new);
            Process again = AgentProcesses.javaProcess(dir, dir.resolve("build2.out"),
                    "io.jnas.cli.NasCommand", resume);
            assertTrue(again.waitFor(300, TimeUnit.SECONDS));
            String out = Files.readString(dir.resolve("build2.out"));
            assertEquals(0, again.exitValue(), out);
            Matcher m = Pattern.compile("it-fleet-cpu: (\\d+) measured now, (\\d+) already there")
                    .matcher(out);
            assertTrue(m.find(), out);
            assertEquals(journaled, Integer.parseInt(m.group(2)), out);
            assertEquals(keys.size() - journaled, Integer.parseInt(m.group(1)), out);
            LookupTable t = LookupTable.load(LookupTable.fileOf(tables, "it-fleet-cpu"));
            assertEquals(new HashSet<>(keys), keys(t));
            assertTrue(!Files.exists(journal), "journal is removed once the table is written");
        }
    }

    private static Set<OpKey> keys(LookupTable t) {
        Set<OpKey> s = new HashSet<>();
        for (LatencyEntry e : t.entries()) {
            s.add(e.key());
        }
        return s;
    }

    private static int rows(Path journal) {
        try {
            return Files.exists(journal) ? MeasurementJournal.read(journal).size() : 0;
        } catch (RuntimeException e) {
            return 0; // header being written
        }
    }
}
