package io.jnas.export;

import static java.util.Objects.requireNonNull;

import ai.djl.Model;
import ai.djl.nn.Block;
import io.jnas.accuracy.TrainEvaluator;
import io.jnas.accuracy.TrainResult;
import io.jnas.accuracy.TrainSettings;
import io.jnas.arch.Design;
import java.util.function.Consumer;

/**
 * Trains exported subnets on an export's data ({@link ExportData}: the run's data set, batch,
 * optimizer and learning rate, the export's budget, the run's seed), from the weights a
 * {@link StartingWeights} sets, whatever evaluator the search used.
 *
 * <pre>{@code
 * SubnetTrainer t = SubnetTrainer.of(data);
 * SubnetTrainer.Trained r = t.train(design, StartingWeights.seeded(1), model -> save(model));
 * }</pre>
 */
public final class SubnetTrainer {

    /** Times the learning rate is divided by 3 after a diverged training before giving up. */
    static final int MAX_RETRIES = 2;

    /** One training of a subnet under given settings (the real one: {@link TrainEvaluator}). */
    interface Trainer {
        TrainResult train(TrainSettings s, Design a, Consumer<Block> start,
                Consumer<Model> whenTrained);
    }

    /**
     * One subnet's training.
     *
     * @param settings the settings of the last attempt (its learning rate after restarts)
     * @param retries how often it was restarted with a lower learning rate
     * @param startingWeights where its weights started, as {@link StartingWeights} said
     */
    public record Trained(TrainResult result, TrainSettings settings, int retries,
            String startingWeights) {
    }

    private final Trainer trainer;
    private final TrainSettings base;

    SubnetTrainer(Trainer trainer, TrainSettings base) {
        this.trainer = requireNonNull(trainer, "trainer");
        this.base = requireNonNull(base, "base");
    }

    /** Trains on {@code data.split()} with {@code data.settings()}. */
    public static SubnetTrainer of(ExportData data) {
        return new SubnetTrainer((s, a, start, w) -> new TrainEvaluator(data.split(), s)
                .train(a, start, w), data.settings());
    }

    /**
     * Trains one subnet and hands the trained model to {@code whenTrained} before closing it.
     * A search's learning rate can be too high for a longer training of a large subnet: when
     * the loss diverges, training starts again from the same starting weights with a third of
     * the learning rate, up to {@value #MAX_RETRIES} times.
     */
    public Trained train(Design a, StartingWeights start, Consumer<Model> whenTrained) {
        TrainSettings s = base;
        String[] from = new String[1];
        for (int attempt = 0; ; attempt++) {
            TrainResult r = trainer.train(s, a, block -> from[0] = start.apply(a, block),
                    whenTrained);
            if (!r.diverged() || attempt == MAX_RETRIES) {
                return new Trained(r, s, attempt, from[0] == null ? "" : from[0]);
            }
            s = s.withOptimizer(s.optimizer(), s.learningRate() / 3);
        }
    }

    /** The settings every training starts from. */
    public TrainSettings settings() {
        return base;
    }
}
