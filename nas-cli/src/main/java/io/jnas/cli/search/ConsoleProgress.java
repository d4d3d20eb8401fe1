package io.jnas.cli.search;

import io.jnas.run.RunConfig;
import io.jnas.run.RunDirectory;
import io.jnas.run.RunListener;
import io.jnas.run.RunResult;
import io.jnas.search.Evaluation;
import io.jnas.search.fitness.ParetoFront;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Progress of a run: a progress bar on stderr when a terminal is attached (evaluations, best
 * fitness, front size, ETA), otherwise one plain line every {@code every} evaluations.
 */
final class ConsoleProgress implements RunListener {

    private final PrintWriter err;
    private final boolean bar;
    private final Integer every;
    private final Map<String, List<Evaluation>> fronts = new LinkedHashMap<>();
    private ProgressBar progressBar;
    private int budget;
    private int logged;
    private int done;
    private int fresh;
    private long startNanos;
    private Evaluation best;
    private int step;

    /**
     * @param err where plain lines go
     * @param bar whether to draw a progress bar (only with a terminal)
     * @param every plain line interval; null: a tenth of the budget
     */
    ConsoleProgress(PrintWriter err, boolean bar, Integer every) {
        this.err = err;
        this.bar = bar;
        this.every = every;
    }

    @Override
    public void notice(String line) {
        err.println(line);
        err.flush();
    }

    @Override
    public void started(RunConfig config, RunDirectory directory, int loggedEvaluations) {
        budget = config.evaluations();
        logged = Math.min(loggedEvaluations, budget);
        step = every != null ? every : Math.max(1, budget / 10);
        config.devices().forEach(d -> fronts.put(d, new ArrayList<>()));
        startNanos = System.nanoTime();
        if (logged > 0) {
            err.printf(Locale.ROOT, "Resuming %s: replaying %d logged evaluations%n",
                    directory.path(), logged);
        }
        if (bar) {
            progressBar = new ProgressBarBuilder().setTaskName("search").setInitialMax(budget)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(500).startsFrom(logged, Duration.ZERO).build();
        }
        err.flush();
    }

    @Override
    public void evaluated(Evaluation e, boolean replayed) {
        done++;
        if (best == null || e.fitness() > best.fitness()) {
            best = e;
        }
        fronts.replaceAll((d, f) -> {
            List<Evaluation> more = new ArrayList<>(f);
            more.add(e);
            return ParetoFront.of(more, Evaluation::accuracy, x -> x.latencyMs(d));
        });
        if (replayed) {
            return;
        }
        fresh++;
        if (progressBar != null) {
            progressBar.stepTo(done);
            progressBar.setExtraMessage(String.format(Locale.ROOT, "best %.4f front %s",
                    best.fitness(), frontSizes()));
        } else if (fresh % step == 0 || done == budget) {
            err.println(line());
            err.flush();
        }
    }

    @Override
    public void finished(RunResult result) {
        if (progressBar != null) {
            progressBar.close();
        }
    }

    private String frontSizes() {
        StringBuilder sb = new StringBuilder();
        fronts.forEach((d, f) -> sb.append(sb.isEmpty() ? "" : ", ").append(d).append(' ')
                .append(f.size()));
        return sb.toString();
    }

    private String line() {
        long elapsed = System.nanoTime() - startNanos;
        long eta = (long) ((double) elapsed / fresh * (budget - done));
        StringBuilder lat = new StringBuilder();
        best.latencyMs().forEach((d, ms) -> lat.append(String.format(Locale.ROOT, ", %s %.3f ms",
                d, ms)));
        return String.format(Locale.ROOT,
                "search: %d/%d evaluations%s | best fitness %.4f (accuracy %.4f%s) | front %s"
                        + " | %s elapsed, ETA %s",
                done, budget, logged > 0 ? " (" + logged + " replayed)" : "", best.fitness(),
                best.accuracy(), lat, frontSizes(), SummaryTable.duration(Duration.ofNanos(elapsed)),
                SummaryTable.duration(Duration.ofNanos(eta)));
    }
}
