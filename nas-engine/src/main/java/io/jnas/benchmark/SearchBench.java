package io.jnas.benchmark;

import io.jnas.codec.SearchCodec;
import io.jnas.latency.LatencyPredictor;
import io.jnas.run.RunConfig;
import io.jnas.run.RunResult;
import io.jnas.run.SearchRun;
import io.jnas.run.Strategy;
import io.jnas.search.Evaluation;
import io.jnas.search.fitness.Hypervolume;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs strategies at equal evaluation counts over several seeds and measures each run: best
 * fitness, hypervolume of the (accuracy, latency) front per device, evaluations per minute and
 * the engine's time per evaluation outside the evaluator.
 */
public final class SearchBench {

    /**
     * The measures of one run.
     *
     * @param best the best fitness ({@code search-bench}) or accuracy ({@code bench})
     * @param hypervolume per device, the front's hypervolume (or its share of the true front's)
     */
    public record Measure(String strategy, long seed, double best, Map<String, Double> hypervolume,
            int evaluations, double wallSeconds, double evaluatorSeconds, double logSeconds) {
    }

    private final SearchRun runs;
    private final Map<String, Double> referenceMs;

    /**
     * @param referenceMs per device, the latency of the hypervolume's reference point
     */
    public SearchBench(SearchRun runs, Map<String, Double> referenceMs) {
        this.runs = runs;
        this.referenceMs = referenceMs;
    }

    /** Reference latency per device: 1.1 x the predicted latency of the space's maximal subnet. */
    public static Map<String, Double> reference(SearchRun runs, RunConfig config, SearchCodec<?> space) {
        Map<String, Double> ref = new LinkedHashMap<>();
        Map<String, LatencyPredictor> p = runs.predictors(config, space);
        p.forEach((d, predictor) -> ref.put(d, 1.1 * predictor.predictMs(space.largest())));
        return ref;
    }

    /** The measures of a finished run. */
    public static Measure measure(RunResult r, double best, Map<String, Double> hypervolume) {
        return new Measure(r.config().strategy().key(), r.config().seed(), best, hypervolume,
                r.evaluatedNow(), r.wall().toNanos() / 1e9, r.inEvaluator().toNanos() / 1e9,
                r.inLog().toNanos() / 1e9);
    }

    /** One run of {@code strategy} with {@code seed} in a fresh temporary run directory. */
    public Measure run(RunConfig base, String strategy, int evaluations, long seed) {
        Path dir;
        try {
            dir = Files.createTempDirectory("nas-search-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary run directory", e);
        }
        try {
            RunResult r = runs.start(base.withBudget(Strategy.of(strategy), evaluations, seed)
                    .withName(strategy + "-" + seed), dir.resolve("run"));
            Map<String, Double> hv = new LinkedHashMap<>();
            referenceMs.forEach((d, ref) -> hv.put(d, Hypervolume.of(r.history().stream()
                    .map(e -> new Hypervolume.Point(e.accuracy(), e.latencyMs(d))).toList(),
                    new Hypervolume.Point(0, ref))));
            double best = r.history().stream().mapToDouble(Evaluation::fitness).max()
                    .orElse(Double.NaN);
            return measure(r, best, hv);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
