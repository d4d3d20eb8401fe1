package io.jnas.accuracy;

import static java.util.Objects.requireNonNull;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.jnas.arch.Architecture;
import io.jnas.arch.Design;
import io.jnas.data.ImageDataset;
import io.jnas.data.Split;
import io.jnas.model.DjlRuntime;
import io.jnas.model.DesignModels;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code train}: trains each candidate briefly with DJL (PyTorch) on real data and returns its
 * validation accuracy.
 *
 * <pre>{@code
 * ImageDataset pool = DataSets.load("fashion-mnist", DataLocations.fromEnvironment(null, false));
 * try (TrainEvaluator t = new TrainEvaluator(pool, TrainSettings.defaults())) {
 *     TrainResult r = t.train(architecture);   // r.accuracy() in [0, 1]
 * }
 * }</pre>
 *
 * <p>Softmax cross-entropy; Adam or SGD with momentum at a fixed rate. Reproducible: the split,
 * the batch order (a {@link SplittableRandom} from the seed) and the initial weights (engine
 * seed under {@link SeededInit}) depend only on the seed. With the same thread count the same
 * seed and architecture give the same accuracy; PyTorch's CPU kernels may sum in another order
 * after other work in the JVM (memory alignment), which was seen to move an accuracy by one
 * validation sample (0.002 of 500). Another PyTorch thread count gives other (equally valid)
 * numbers. Each candidate's model owns its
 * NDManager and closes it; every step works in a sub-manager. A run whose loss turns NaN or
 * infinite stops at once and trains again from the same start; a second divergence is reported
 * as diverged, with the accuracy it has then. With {@code verify}, evaluations train twice and
 * compare ({@link AgreedScore}).
 */
public final class TrainEvaluator implements AccuracyEvaluator {

    private static final int EVAL_BATCH = 256;
    private static final Logger LOG = LoggerFactory.getLogger(TrainEvaluator.class);

    private final Split split;
    private final TrainSettings settings;
    private final MedianStoppingRule median;
    private final boolean verify;

    /**
     * Draws a stratified split of the settings' sizes from {@code pool} and standardizes it with
     * the training half's statistics.
     */
    public TrainEvaluator(ImageDataset pool, TrainSettings settings) {
        this(pool, settings, false);
    }

    /**
     * As {@link #TrainEvaluator(ImageDataset, TrainSettings)}; with {@code verify}, every
     * {@link #evaluate(Design) evaluation} trains the candidate twice and keeps the accuracy only
     * when both trainings agree bit for bit (a third and fourth decide a disagreement), at twice
     * the cost: the guard against native faults that change an accuracy without a NaN.
     */
    public TrainEvaluator(ImageDataset pool, TrainSettings settings, boolean verify) {
        this(Split.stratified(pool, Math.min(settings.trainSamples(),
                pool.size() - settings.validationSamples()), settings.validationSamples(),
                settings.seed()).standardized(), settings, verify);
    }

    /** Trains on {@code split.train()} as given (the settings' sample counts are not applied). */
    public TrainEvaluator(Split split, TrainSettings settings) {
        this(split, settings, false);
    }

    private TrainEvaluator(Split split, TrainSettings settings, boolean verify) {
        this.split = requireNonNull(split, "split");
        this.settings = requireNonNull(settings, "settings");
        this.median = settings.medianStopping()
                ? new MedianStoppingRule(settings.medianMinCandidates()) : null;
        this.verify = verify;
    }

    @Override
    public String name() {
        return "train";
    }

    public TrainSettings settings() {
        return settings;
    }

    public Split split() {
        return split;
    }

    /** Whether evaluations train twice and compare (see the constructor). */
    public boolean verifies() {
        return verify;
    }

    @Override
    public double evaluate(Architecture architecture) {
        return evaluate((Design) architecture);
    }

    /** Trains a design of either kind: block-list architectures and NAS-Bench-201 cells. */
    @Override
    public double evaluate(Design design) {
        if (!verify) {
            return train(design).accuracy();
        }
        TrainResult r = AgreedScore.of("train of " + design.hash(),
                () -> guarded(design, block -> { }, model -> { }), TrainResult::outcome);
        record(r);
        return r.accuracy();
    }

    /** Trains one candidate and reports accuracy, steps, checkpoints and early stopping. */
    public TrainResult train(Design a) {
        return train(a, model -> { });
    }

    /**
     * As {@link #train(Design)}, and hands the trained model to {@code whenTrained} before
     * it is closed: the one moment its parameters can be saved or exported.
     */
    public TrainResult train(Design a, Consumer<Model> whenTrained) {
        return train(a, block -> { }, whenTrained);
    }

    /**
     * As {@link #train(Design, Consumer)}, and lets {@code startingWeights} set the starting weights of the
     * freshly (seeded) initialized network before the first step: where weights the search
     * already has (e.g. inherited from a supernet) come in.
     */
    public TrainResult train(Design a, Consumer<Block> startingWeights,
            Consumer<Model> whenTrained) {
        TrainResult r = guarded(a, startingWeights, whenTrained);
        record(r);
        return r;
    }

    /**
     * Trains once more from the same start when the loss turned NaN or infinite: seeded runs
     * repeat exactly, yet 4 of 22 reference trainings on the 2-core EPYC VM of docs/search.md
     * diverged and then trained normally from the same seed (a native fault, as in
     * SupernetTrainer). A second divergence is reported as it is: the design or the rate is bad.
     */
    private TrainResult guarded(Design a, Consumer<Block> startingWeights,
            Consumer<Model> whenTrained) {
        TrainResult first = trainOnce(a, startingWeights, whenTrained);
        if (!first.diverged()) {
            return first;
        }
        LOG.warn("train of {}: loss turned NaN or infinite at step {}; training again from the"
                + " same start", a.hash(), first.steps());
        return trainOnce(a, startingWeights, whenTrained);
    }

    /** Feeds the median rule a finished candidate's judged checkpoints (not the final one). */
    private void record(TrainResult r) {
        if (median != null) {
            List<Double> c = r.checkpointAccuracies();
            median.record(r.stoppedEarly() ? c : c.subList(0, c.size() - 1));
        }
    }

    private TrainResult trainOnce(Design a, Consumer<Block> startingWeights,
            Consumer<Model> whenTrained) {
        ImageDataset train = split.train();
        Batches.checkFits(train, a);
        long start = System.nanoTime();
        DjlRuntime.engine();
        int n = train.size();
        int batch = Math.min(settings.batchSize(), n);
        int perEpoch = (n + batch - 1) / batch;
        int total = settings.steps() > 0 ? settings.steps() : settings.epochs() * perEpoch;
        List<Double> checkpoints = new ArrayList<>();
        boolean stopped = false;
        boolean diverged = false;
        int step = 0;
        try (Model model = Model.newInstance("candidate-" + a.hash(), Device.cpu(), "PyTorch")) {
            model.setBlock(DesignModels.build(a));
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                    .optOptimizer(optimizer())
                    .optDevices(new Device[] {Device.cpu()});
            try (Trainer trainer = model.newTrainer(config)) {
                SeededInit.withSeed(settings.seed(),
                        () -> trainer.initialize(DesignModels.inputShape(a, batch)));
                startingWeights.accept(model.getBlock());
                SplittableRandom rng = new SplittableRandom(settings.seed());
                int[] order = Batches.identity(n);
                while (step < total) {
                    int pos = step % perEpoch;
                    if (pos == 0) {
                        Batches.shuffle(order, rng);
                    }
                    float loss = trainStep(trainer, train, order, pos * batch,
                            Math.min(n, (pos + 1) * batch));
                    step++;
                    if (!Float.isFinite(loss)) {
                        diverged = true;
                        break;
                    }
                    if (step % perEpoch == 0 && step < total) {
                        double acc = validate(trainer);
                        checkpoints.add(acc);
                        if (median != null && median.wouldStop(checkpoints.size(), acc)) {
                            stopped = true;
                            break;
                        }
                    }
                }
                if (!stopped) {
                    checkpoints.add(validate(trainer));
                }
                whenTrained.accept(model);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new TrainResult(checkpoints.get(checkpoints.size() - 1), step, stopped, diverged,
                checkpoints, seconds);
    }

    private Optimizer optimizer() {
        Tracker lr = Tracker.fixed(settings.learningRate());
        return switch (settings.optimizer()) {
            case ADAM -> Optimizer.adam().optLearningRateTracker(lr).build();
            case SGD -> Optimizer.sgd().setLearningRateTracker(lr).optMomentum(0.9f).build();
        };
    }

    /** One optimizer step; returns the batch's loss (NaN or infinite: the run diverged). */
    private static float trainStep(Trainer trainer, ImageDataset d, int[] order, int from, int to) {
        try (NDManager m = trainer.getManager().newSubManager()) {
            NDArray x = Batches.images(m, d, order, from, to);
            NDArray y = Batches.labels(m, d, order, from, to);
            synchronized (Autograd.LOCK) {
                float value;
                try (GradientCollector gc = trainer.newGradientCollector()) {
                    NDArray logits = trainer.forward(new NDList(x)).singletonOrThrow();
                    NDArray loss = trainer.getLoss().evaluate(new NDList(y), new NDList(logits));
                    gc.backward(loss);
                    value = loss.getFloat();
                }
                if (Float.isFinite(value)) {
                    trainer.step();
                }
                return value;
            }
        }
    }

    /** Accuracy on the whole validation set, BatchNorm in inference mode. */
    private double validate(Trainer trainer) {
        ImageDataset v = split.validation();
        int[] all = Batches.identity(v.size());
        long correct = 0;
        for (int from = 0; from < v.size(); from += EVAL_BATCH) {
            int to = Math.min(v.size(), from + EVAL_BATCH);
            try (NDManager m = trainer.getManager().newSubManager()) {
                NDArray x = Batches.images(m, v, all, from, to);
                NDArray logits = trainer.evaluate(new NDList(x)).singletonOrThrow();
                long[] predicted = logits.argMax(1).toType(DataType.INT64, false).toLongArray();
                for (int i = from; i < to; i++) {
                    if (predicted[i - from] == v.label(i)) {
                        correct++;
                    }
                }
            }
        }
        return (double) correct / v.size();
    }
}
