package io.jnas.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.accuracy.AccuracyEvaluator;
import io.jnas.arch.Design;
import io.jnas.codec.SearchCodec;
import io.jnas.codec.SearchCodecs;
import io.jnas.data.TestData;
import io.jnas.evaluators.Evaluators;
import io.jnas.run.BatchEvaluator;
import io.jnas.run.RunConfig;
import io.jnas.run.TestRuns;
import io.jnas.search.Spaces;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobBuilder;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.junit.jupiter.api.Test;

/**
 * A worker opens every evaluator a search run can name, the weight-sharing supernet included
 * (it belongs to the run's space, which the job carries), and gives the scores the search's own
 * process gives; it refuses a job whose architecture is not the one its hash names.
 */
class SupernetWorkerIT {

    /** A small supernet on the repository's MNIST subset: seconds to train. */
    private static final Map<String, String> TINY = Map.of("data-set", "mnist", "data-dir",
            TestData.dir().toString(), "train-samples", "160", "val-samples", "100", "epochs",
            "1", "batch", "32", "random-subnets", "1", "calibration-samples", "32");

    @Test
    void aWorkerEvaluatesWithTheSupernetAsTheSearchProcessDoes() throws Exception {
        String space = Spaces.file("mnist-small").toString();
        SearchCodec<?> codec = SearchCodecs.load(Spaces.file("mnist-small"));
        SplittableRandom rng = new SplittableRandom(4);
        List<Design> designs = List.of(codec.decode(codec.random(rng)),
                codec.decode(codec.random(rng)));
        Map<String, Object> keys = TestRuns.keys("random", 2, 1);
        keys.put("evaluator", "supernet");
        keys.put("evaluator-options", TINY);
        RunConfig config = TestRuns.config(keys).withName("supernet-on-worker");
        try (TestPostgres pg = new TestPostgres()) {
            JobDatabase db = JobDatabase.open(pg.settings(pg.url("supernet")));
            EvaluationHandler handler = new EvaluationHandler(new Evaluators(),
                    Evaluators.names(), db.results(), "w-supernet", 8L << 30);
            try (Worker worker = Worker.start(db, handler, "w-supernet", 0)) {
                List<BatchEvaluator.Score> remote = new RemoteEvaluation(db, config, 2,
                        new PrintWriter(new StringWriter())).evaluate(designs);
                try (AccuracyEvaluator here = new Evaluators().open("supernet", TINY,
                        space)) {
                    for (int i = 0; i < designs.size(); i++) {
                        double a = remote.get(i).accuracy();
                        assertTrue(a >= 0 && a <= 1, "accuracy " + a);
                        assertEquals(here.evaluate(designs.get(i)), a, 1e-9,
                                "the worker's supernet score is the search process's");
                    }
                }

                UUID id = RemoteEvaluation.jobId("forged", designs.get(0).hash());
                new JobRequestScheduler(db.storage()).create(JobBuilder.aJob().withId(id)
                        .withJobRequest(new EvaluationRequest("forged", designs.get(0).hash(),
                                designs.get(1).toJson(), "synflow", Map.of(),
                                ProjectVersion.CURRENT, "space: x")));
                Job job = TestPostgres.awaitEnd(db, id);
                assertEquals(StateName.FAILED, job.getState());
                assertEquals("the job's hash must be its architecture's (" + designs.get(1).hash()
                        + "), but was " + designs.get(0).hash(), job.getLastJobStateOfType(
                        FailedState.class).orElseThrow().getExceptionMessage());
            } finally {
                db.close();
            }
        }
    }
}
