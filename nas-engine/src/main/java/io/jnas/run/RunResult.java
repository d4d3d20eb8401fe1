package io.jnas.run;

import io.jnas.search.Evaluation;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of a run.
 *
 * @param history every evaluation, in order
 * @param fronts per device, the (accuracy up, latency down) Pareto set, by latency
 * @param replayed evaluations taken from the log of a resumed run
 * @param stopReason why the run ended ("budget spent" or what was exhausted)
 * @param wall wall time of this process's part of the run
 * @param inEvaluator time spent inside {@code AccuracyEvaluator.evaluate}
 * @param inLog time spent appending (and fsyncing) the log and writing checkpoints
 */
public record RunResult(RunDirectory directory, RunConfig config, List<Evaluation> history,
        Map<String, List<Evaluation>> fronts, RunCounters counters, int replayed,
        String stopReason, Duration wall, Duration inEvaluator, Duration inLog) {

    public RunResult {
        history = List.copyOf(history);
        fronts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fronts));
    }

    /** The evaluation with the highest fitness (the first of equals). */
    public Optional<Evaluation> best() {
        return history.stream().max(Comparator.comparingDouble(Evaluation::fitness)
                .thenComparing(Comparator.comparingInt(Evaluation::index).reversed()));
    }

    /**
     * The Pareto set over every objective of the run (accuracy, latency on each device, and the
     * extra objectives), the front {@code nas export} exports by default.
     */
    public List<Evaluation> joint() {
        return ParetoReport.joint(history, config.objectives());
    }

    /** Evaluations done in this process (not replayed). */
    public int evaluatedNow() {
        return history.size() - replayed;
    }

    /** Time per new evaluation outside the evaluator: the engine's overhead. */
    public Duration overheadPerEvaluation() {
        int n = evaluatedNow();
        return n == 0 ? Duration.ZERO : wall.minus(inEvaluator).dividedBy(n);
    }
}
