package io.jnas.supernet;

import static java.util.Objects.requireNonNull;

import ai.djl.ndarray.NDScope;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import io.jnas.accuracy.AccuracyEvaluator;
import io.jnas.arch.Architecture;
import io.jnas.data.Split;
import io.jnas.space.SearchSpace;

/**
 * {@code supernet}: a subnet's validation accuracy with the weights it inherits from a trained
 * supernet, after BatchNorm recalibration (once-for-all, ModelOpt AutoNAS). Trains the supernet
 * first when the store has none for this space, data, seed and budget.
 *
 * <pre>{@code
 * try (SupernetEvaluator e = SupernetEvaluator.open(space, split, settings, store, listener)) {
 *     double acc = e.evaluate(architecture);   // tens of milliseconds
 * }
 * }</pre>
 *
 * <p>Deterministic: the same weights, calibration images and validation images give the same
 * accuracy. Evaluations are serialized (one supernet, one engine).
 */
public final class SupernetEvaluator implements AccuracyEvaluator {

    /** The name in configs and on the command line. */
    public static final String NAME = "supernet";

    private final SearchSpace space;
    private final TrainedSupernet trained;
    private final SubnetAccuracy accuracy;

    private SupernetEvaluator(SearchSpace space, TrainedSupernet trained, SubnetAccuracy accuracy) {
        this.space = requireNonNull(space, "space");
        this.trained = requireNonNull(trained, "trained");
        this.accuracy = requireNonNull(accuracy, "accuracy");
    }

    /** Loads the stored supernet, or trains and stores it first (resuming a checkpoint). */
    public static SupernetEvaluator open(SearchSpace space, Split split, SupernetSettings s,
            SupernetStore store, SupernetTrainer.Listener listener) {
        TrainedSupernet t = SupernetTrainer.obtain(space, split, s, store, true, listener);
        try {
            return new SupernetEvaluator(space, t,
                    new SubnetAccuracy(split, s.calibrationSamples(),
                            s.scoreSamples(), s.seed()));
        } catch (RuntimeException e) {
            t.close();
            throw e;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    public TrainedSupernet trained() {
        return trained;
    }

    /**
     * @throws IllegalArgumentException when the architecture is not a subnet of the space
     */
    @Override
    public synchronized double evaluate(Architecture architecture) {
        return accuracy.of(trained.net(), space.choiceOf(architecture));
    }

    /**
     * The export hook: copies the subnet's inherited weights and recalibrated BatchNorm
     * statistics into {@code standalone}, an initialized ModelBuilder network of {@code a}, as the
     * starting weights of an export or a fine-tune.
     *
     * @throws IllegalArgumentException when {@code a} is not a subnet of the space
     */
    public synchronized void inheritInto(Architecture a, Block standalone) {
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            SubnetSlice slice = trained.net().slice(space.choiceOf(a), Parameter::getArray);
            InheritedWeights.copyInto(standalone, slice, accuracy.calibrate(slice));
        }
    }

    @Override
    public void close() {
        accuracy.close();
        trained.close();
    }
}
