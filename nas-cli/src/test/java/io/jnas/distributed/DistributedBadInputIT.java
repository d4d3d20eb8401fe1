package io.jnas.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.Design;
import io.jnas.cli.NasCommand;
import io.jnas.codec.SearchCodecs;
import io.jnas.evaluators.Evaluators;
import io.jnas.run.RunConfig;
import io.jnas.run.TestRuns;
import io.jnas.search.Spaces;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobBuilder;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** One clear message each: unreachable database, wrong password, unknown evaluator, version. */
class DistributedBadInputIT {

    private static TestPostgres pg;
    private static String url;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startDatabase() {
        pg = new TestPostgres();
        url = pg.url("badinput");
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        pg.close();
    }

    @Test
    void anUnreachableDatabaseIsOneLineAndExit1() {
        String closed = "jdbc:postgresql://127.0.0.1:1/nas";
        StringWriter err = new StringWriter();
        int code = nas(err, "worker", "--db", closed);
        assertEquals(1, code, err.toString());
        assertEquals("nas worker: cannot reach the database at " + closed + " (Connection"
                + " refused): start PostgreSQL there or fix --db", err.toString().strip());
        StringWriter searchErr = new StringWriter();
        assertEquals(1, nas(searchErr, "search", "--db", closed, "--evals", "2"));
        assertEquals("nas search: cannot reach the database at " + closed + " (Connection"
                + " refused): start PostgreSQL there or fix --db", searchErr.toString().strip());
    }

    @Test
    void aWrongPasswordIsOneLineAndExit2() throws Exception {
        Path pw = Files.writeString(tmp.resolve("pw"), "not-the-password\n");
        StringWriter err = new StringWriter();
        int code = nas(err, "worker", "--db", url, "--db-user", TestPostgres.USER,
                "--db-password-file", pw.toString());
        assertEquals(2, code, err.toString());
        assertEquals("nas worker: the database at " + url + " refused user 'nas' (wrong user or"
                + " password): set NAS_DB_USER and NAS_DB_PASSWORD or --db-password-file",
                err.toString().strip());
        assertTrue(!err.toString().contains("not-the-password"), "no password in messages");
    }

    @Test
    void aWorkerRefusesUnknownEvaluatorsAndJobsOfAnotherVersion() throws Exception {
        JobDatabase db = JobDatabase.open(pg.settings(url));
        EvaluationHandler handler = new EvaluationHandler(new Evaluators(),
                Evaluators.names(), db.results(), "w-test", 8L << 30);
        Design design = SearchCodecs.load(Spaces.file("mnist-small")).reference();
        try (Worker worker = Worker.start(db, handler, "w-test", 0)) {
            Map<String, Object> keys = TestRuns.keys("random", 4, 1);
            keys.put("evaluator", "nope");
            RunConfig config = TestRuns.config(keys).withName("bad");
            RemoteEvaluation remote = new RemoteEvaluation(db, config, 1,
                    new PrintWriter(new StringWriter()));
            DistributedException unknown = assertThrows(DistributedException.class,
                    () -> remote.evaluate(List.of(design)));
            assertEquals("evaluating " + design.hash() + " failed on w-test: evaluator must be"
                    + " one of [train, synflow, gradnorm, table, supernet], but the job asks for 'nope'",
                    unknown.getMessage());

            java.util.UUID id = RemoteEvaluation.jobId("old", design.hash());
            new JobRequestScheduler(db.storage()).create(JobBuilder.aJob().withId(id)
                    .withJobRequest(new EvaluationRequest("old", design.hash(), design.toJson(),
                            "synflow", Map.of(), "0.0.9", "space: old")));
            Job job = TestPostgres.awaitEnd(db, id);
            assertEquals(StateName.FAILED, job.getState());
            assertEquals("worker w-test runs jnas " + ProjectVersion.CURRENT + ", but this job"
                    + " comes from a search of jnas 0.0.9: run workers of the search's version",
                    job.getLastJobStateOfType(FailedState.class).orElseThrow()
                            .getExceptionMessage());
            assertEquals(1, job.getJobStates().stream()
                    .filter(s -> s instanceof FailedState).count(), "a refusal is not retried");
            assertEquals(0, db.results().count("old"));
        } finally {
            db.close();
        }
    }

    private static int nas(StringWriter err, String... args) {
        CommandLine cl = NasCommand.newCommandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }
}
