package io.jnas.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.search.Spaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Asynchronous aging evolution ({@code --async}) on two real worker processes over a real
 * PostgreSQL: the search ends, records every architecture once (in evaluations.jsonl and in the
 * results table), and keeps the workers busy: a worker that finishes a job finds the next one
 * waiting instead of idling until JobRunr's next poll (5 s), as it does between the one-child
 * cycles of the synchronous run.
 */
class AsyncSearchIT {

    private static final int EVALS = 16;

    @TempDir
    Path tmp;

    @Test
    void asyncSearchEndsRecordsEveryArchitectureOnceAndKeepsWorkersBusy() throws Exception {
        NasProcesses nas = new NasProcesses(tmp);
        try (TestPostgres pg = new TestPostgres()) {
            String url = pg.url("async");
            DbSettings settings = pg.settings(url);
            JobDatabase.open(settings).close();
            Map<String, String> env = settings.environment();
            List<Process> workers = new ArrayList<>();
            for (String w : List.of("w1", "w2")) {
                workers.add(nas.start(w + ".log", List.of("worker", "--db", url, "--name", w),
                        env));
            }
            try {
                Path run = tmp.resolve("async/run");
                List<String> args = new ArrayList<>(List.of("search", "--space",
                        Spaces.file("mnist-small").toString(), "--strategy", "regularized",
                        "--async", "--population", "4", "--sample-size", "2", "--evals",
                        String.valueOf(EVALS), "--seed", "3", "--evaluator", "synflow",
                        "--devices", "local", "--predictor", "flops", "--flops", "local=0.4:0.2",
                        "--name", "async", "--run-dir", run.toString(), "--db", url));
                assertEquals(0, nas.run("search.log", args, env), nas.tail("search.log"));
                List<String> hashes = Files.readAllLines(run.resolve("evaluations.jsonl"))
                        .stream().map(l -> l.replaceAll(".*\"hash\":\"([0-9a-f]+)\".*", "$1"))
                        .toList();
                assertEquals(EVALS, hashes.size());
                assertEquals(EVALS, new HashSet<>(hashes).size(), "every architecture once");
                Map<String, List<long[]>> jobs = jobsByWorker(settings);
                assertEquals(EVALS, jobs.values().stream().mapToInt(List::size).sum(),
                        "one result row per architecture");
                assertEquals(2, jobs.size(), "both workers evaluated: " + jobs.keySet());
                List<Long> gaps = new ArrayList<>();
                jobs.values().forEach(js -> {
                    for (int i = 1; i < js.size(); i++) {
                        gaps.add(js.get(i)[0] - js.get(i - 1)[1]);
                    }
                });
                gaps.sort(null);
                long median = gaps.get(gaps.size() / 2);
                assertTrue(median < Worker.POLL_INTERVAL.toMillis() / 2, "a worker's next job"
                        + " must be waiting when it finishes one, but the median gap was "
                        + median + " ms: " + gaps);
            } finally {
                workers.forEach(Process::destroyForcibly);
            }
        }
    }

    /** Start and end (epoch ms) of each job, per worker, in order of start. */
    private static Map<String, List<long[]>> jobsByWorker(DbSettings s) throws Exception {
        Map<String, List<long[]>> out = new HashMap<>();
        try (Connection c = s.dataSource().getConnection();
                PreparedStatement p = c.prepareStatement("SELECT worker, started_at, finished_at"
                        + " FROM nas_results WHERE run_id LIKE 'async@%' ORDER BY started_at")) {
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getString(1), w -> new ArrayList<>()).add(new long[] {
                        r.getTimestamp(2).getTime(), r.getTimestamp(3).getTime()});
                }
            }
        }
        return out;
    }
}
