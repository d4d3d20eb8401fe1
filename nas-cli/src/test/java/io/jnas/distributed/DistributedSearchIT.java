package io.jnas.distributed;

import static io.jnas.run.TestRuns.historyWithoutWallTimes;
import static io.jnas.run.TestRuns.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.jobs.states.JobState;
import org.jobrunr.jobs.states.ProcessingState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real worker processes ({@code nas worker}) on a real PostgreSQL with password authentication,
 * searches as real processes: a worker killed with SIGKILL while it evaluates, a search killed
 * with SIGKILL and resumed, and {@code --workers N} on an embedded database. Each distributed
 * run ends with the history and pareto.json of an in-process run of the same seed.
 */
class DistributedSearchIT {

    private static final int EVALS = 12;
    private static final Pattern EVALUATED = Pattern.compile(
            "([0-9a-f]{16}) of run (\\S+): \\S+ in \\d+ ms");

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    /** The in-process run both tests compare with (synflow: milliseconds per evaluation). */
    @BeforeAll
    static void inProcessReference() throws Exception {
        NasProcesses nas = new NasProcesses(shared);
        assertEquals(0, nas.run("reference.log", NasProcesses.search("ref", 5, EVALS,
                shared.resolve("ref/run")), Map.of()), nas.tail("reference.log"));
    }

    @Test
    void killedWorkerAndKilledSearchLoseNothingRepeatNothingAndMatchTheInProcessRun()
            throws Exception {
        NasProcesses nas = new NasProcesses(tmp);
        try (TestPostgres pg = new TestPostgres()) {
            String url = pg.url("jobs");
            DbSettings settings = pg.settings(url);
            JobDatabase.open(settings).close(); // schema first: workers then start together
            Map<String, String> env = settings.environment();
            List<Process> workers = new ArrayList<>();
            for (String w : List.of("w1", "w2", "w3")) {
                // -v: the engine's info lines (DJL loading) are the sign that a job has begun
                workers.add(nas.start(w + ".log", List.of("worker", "--db", url, "--name", w,
                        "-v"), env));
            }
            try {
                // A: the first worker to take a job killed while it evaluates it (DJL still
                // loading); which one polls first is up to JobRunr, so watch all three
                List<String> a = NasProcesses.search("dist-a", 5, EVALS, tmp.resolve("a/run"));
                a.addAll(List.of("--db", url));
                Process search = nas.start("a.log", a, env);
                int victim = nas.awaitAny(List.of("w1.log", "w2.log", "w3.log"),
                        "Found matching platform", 120);
                workers.get(victim).destroyForcibly(); // SIGKILL
                String killedName = "w" + (victim + 1);
                assertTrue(search.waitFor(240, TimeUnit.SECONDS), nas.tail("a.log"));
                assertEquals(0, search.exitValue(), nas.tail("a.log"));
                assertSameRun(shared.resolve("ref/run"), tmp.resolve("a/run"));
                assertTrue(orphanedOn(settings, "dist-a", killedName), "JobRunr must have failed "
                        + killedName + "'s job as orphaned and retried it elsewhere");

                // B: the search killed with SIGKILL once some results are in, then resumed
                List<String> b = NasProcesses.search("dist-b", 5, EVALS, tmp.resolve("b/run"));
                b.addAll(List.of("--db", url));
                Process killed = nas.start("b1.log", b, env);
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (count(settings, "dist-b") < 3) {
                    assertTrue(System.nanoTime() < end && killed.isAlive(), nas.tail("b1.log"));
                    Thread.sleep(20);
                }
                killed.destroyForcibly();
                assertTrue(killed.waitFor(30, TimeUnit.SECONDS));
                assertEquals(137, killed.exitValue(), "killed by SIGKILL");
                int finishedBefore = count(settings, "dist-b");
                assertTrue(finishedBefore < EVALS, "killed after " + finishedBefore);
                assertEquals(0, nas.run("b2.log", List.of("search", "--resume",
                        tmp.resolve("b/run").toString(), "--db", url), env), nas.tail("b2.log"));
                assertSameRun(shared.resolve("ref/run"), tmp.resolve("b/run"));
                List<String> alive = new ArrayList<>(List.of("w1.log", "w2.log", "w3.log"));
                alive.remove(victim);
                Map<String, Integer> evaluated = evaluations(nas, "dist-b",
                        alive.toArray(String[]::new));
                assertEquals(EVALS, evaluated.size(), "every architecture evaluated");
                assertEquals(new HashSet<>(List.of(1)), new HashSet<>(evaluated.values()),
                        "no architecture evaluated twice: " + evaluated);
            } finally {
                workers.forEach(Process::destroyForcibly);
            }
        }
    }

    @Test
    void localWorkersOnAnEmbeddedDatabaseMatchTheInProcessRun() throws Exception {
        NasProcesses nas = new NasProcesses(tmp);
        List<String> args = NasProcesses.search("local", 5, EVALS, tmp.resolve("local/run"));
        // the run config's key, as --workers 2 would
        args.addAll(List.of("--config", Files.writeString(tmp.resolve("run.yaml"),
                "strategy: random\nworkers: 2\n").toString()));
        assertEquals(0, nas.run("local.log", args, Map.of()), nas.tail("local.log"));
        assertSameRun(shared.resolve("ref/run"), tmp.resolve("local/run"));
    }

    private static void assertSameRun(Path reference, Path run) {
        List<String> history = historyWithoutWallTimes(run);
        List<String> expected = historyWithoutWallTimes(reference);
        for (int i = 0; i < Math.min(expected.size(), history.size()); i++) {
            // the first difference alone, whole: the full histories are too long to read
            assertEquals(expected.get(i), history.get(i), "evaluation " + i + " of " + run);
        }
        assertEquals(expected.size(), history.size(), "evaluations in " + run);
        assertEquals(history.size(), new HashSet<>(history.stream()
                .map(l -> l.replaceAll(".*\"hash\":\"([0-9a-f]+)\".*", "$1")).toList()).size(),
                "every architecture once in evaluations.jsonl");
        assertEquals(withoutName(read(reference.resolve("pareto.json"))),
                withoutName(read(run.resolve("pareto.json"))));
    }

    private static String withoutName(String pareto) {
        return pareto.replaceFirst("\"run\"\\s*:\\s*\"[^\"]*\"", "");
    }

    /** Results recorded for the run named {@code name}. */
    private static int count(DbSettings s, String name) throws Exception {
        try (Connection c = s.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet r = st.executeQuery("SELECT count(*) FROM nas_results WHERE run_id LIKE '"
                        + name + "@%'")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Whether a job of the run was processing on {@code worker} and then failed as orphaned. */
    private static boolean orphanedOn(DbSettings s, String name, String worker) throws Exception {
        JobDatabase db = JobDatabase.open(s);
        try (Connection c = s.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet r = st.executeQuery("SELECT run_id, arch_hash FROM nas_results WHERE"
                        + " run_id LIKE '" + name + "@%'")) {
            while (r.next()) {
                Job job = db.storage().getJobById(RemoteEvaluation.jobId(r.getString(1),
                        r.getString(2)));
                List<JobState> states = job.getJobStates();
                for (int i = 0; i + 1 < states.size(); i++) {
                    if (states.get(i) instanceof ProcessingState p
                            && p.getServerName().equals(worker)
                            && states.get(i + 1) instanceof FailedState) {
                        return true;
                    }
                }
            }
            return false;
        } finally {
            db.close();
        }
    }

    /** How often workers' logs show each architecture of the run evaluated. */
    private static Map<String, Integer> evaluations(NasProcesses nas, String name,
            String... logs) {
        Map<String, Integer> out = new HashMap<>();
        for (String log : logs) {
            Matcher m = EVALUATED.matcher(nas.output(log));
            while (m.find()) {
                if (m.group(2).startsWith(name + "@")) {
                    out.merge(m.group(1), 1, Integer::sum);
                }
            }
        }
        return out;
    }
}
