package io.jnas.cli.choice;

import io.jnas.evaluators.Evaluators;
import io.jnas.recorded.RecordedTables;
import io.jnas.supernet.SupernetTrainer;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Shows supernet training: a progress bar with the loss and the largest/smallest subnet's
 * validation accuracy on a terminal; otherwise one line per epoch.
 */
public final class SupernetProgress implements SupernetTrainer.Listener {

    private final PrintWriter err;
    private final boolean bar;
    private ProgressBar progressBar;
    private String accuracy = "";
    private float loss = Float.NaN;
    private long startNanos;

    public SupernetProgress(PrintWriter err, boolean bar) {
        this.err = err;
        this.bar = bar;
    }

    /** A bar when a terminal is attached (System.console()), lines otherwise. */
    public static SupernetProgress forConsole(PrintWriter err) {
        return new SupernetProgress(err, System.console() != null);
    }

    /** The evaluator registry of the command line: a supernet's training shown on stderr. */
    public static Evaluators consoleEvaluators(RecordedTables recorded) {
        return new Evaluators(recorded, forConsole(new PrintWriter(System.err, true)));
    }

    /** As {@link #consoleEvaluators(RecordedTables)}, with its own recorded tables. */
    public static Evaluators consoleEvaluators() {
        return consoleEvaluators(new RecordedTables());
    }

    @Override
    public void started(int fromStep, int totalSteps) {
        startNanos = System.nanoTime();
        if (fromStep > 0) {
            err.printf(Locale.ROOT, "supernet: resuming at step %d of %d%n", fromStep, totalSteps);
        } else {
            err.printf(Locale.ROOT, "supernet: training %d steps%n", totalSteps);
        }
        err.flush();
        if (bar) {
            progressBar = new ProgressBarBuilder().setTaskName("supernet").setInitialMax(totalSteps)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(500).startsFrom(fromStep, Duration.ZERO).build();
        }
    }

    @Override
    public void stepped(int step, float stepLoss) {
        loss = stepLoss;
        if (progressBar != null) {
            progressBar.stepTo(step);
            progressBar.setExtraMessage(String.format(Locale.ROOT, "loss %.3f%s", loss, accuracy));
        }
    }

    @Override
    public void validated(int epoch, double largest, double smallest) {
        accuracy = String.format(Locale.ROOT, " largest %.3f smallest %.3f", largest, smallest);
        if (progressBar == null) {
            err.printf(Locale.ROOT, "supernet: epoch %d  loss %.3f  validation accuracy: largest"
                    + " %.4f, smallest %.4f  (%.0f s)%n", epoch, loss, largest, smallest,
                    (System.nanoTime() - startNanos) / 1e9);
            err.flush();
        }
    }

    @Override
    public void finished(double seconds) {
        if (progressBar != null) {
            progressBar.close();
        }
        err.printf(Locale.ROOT, "supernet: trained in %.1f s%n", seconds);
        err.flush();
    }
}
