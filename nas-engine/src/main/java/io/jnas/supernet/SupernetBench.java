package io.jnas.supernet;

import static java.util.Objects.requireNonNull;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.nn.SequentialBlock;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import io.jnas.accuracy.SeededInit;
import io.jnas.arch.Architecture;
import io.jnas.data.ImageDataset;
import io.jnas.data.Split;
import io.jnas.model.DjlRuntime;
import io.jnas.model.ModelBuilder;
import io.jnas.space.SearchSpace;
import io.jnas.space.SubnetChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What a supernet costs, in milliseconds: a sandwich training step (split into its phases), a
 * step of the largest subnet alone against the same step of ModelBuilder's standalone largest
 * network (the slicing's overhead), and one subnet's score (slice and BatchNorm calibration,
 * then the validation images). Untrained weights cost what trained ones do, so nothing is
 * stored; the first steps of each kind are not timed (allocator and kernel warm-up).
 *
 * <pre>{@code
 * SupernetBench.run(space, split, settings, 20, 20).forEach(System.out::println);
 * }</pre>
 */
public final class SupernetBench {

    private static final int UNTIMED = 2;
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private SupernetBench() {
    }

    /** Images of one scoring: BatchNorm calibration and validation. */
    public record ScoreSizes(int calibration, int validation) {
        public ScoreSizes {
            if (calibration < 2 || validation < 1) {
                throw new IllegalArgumentException("score sizes must be at least 2 calibration and"
                        + " 1 validation image, but were " + calibration + "/" + validation);
            }
        }
    }

    /**
     * @param steps timed sandwich steps (and steps of the largest alone)
     * @param subnets random subnets scored, once per entry of {@code sizes}
     * @return the report, one line each
     */
    public static List<String> run(SearchSpace space, Split split, SupernetSettings s, int steps,
            int subnets, List<ScoreSizes> sizes) {
        requireNonNull(space, "space");
        requireNonNull(split, "split");
        requireNonNull(s, "settings");
        if (steps < 1 || subnets < 1) {
            throw new IllegalArgumentException("steps and subnets must be at least 1, but were "
                    + steps + " and " + subnets);
        }
        if (split.train().size() < s.batchSize()) {
            throw new IllegalArgumentException("train-samples must be at least the batch ("
                    + s.batchSize() + ") to time a step, but was " + split.train().size());
        }
        DjlRuntime.engine();
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "engine threads %d, ATEN_CPU_CAPABILITY=%s, batch %d,"
                + " %d random subnets per sandwich", DjlRuntime.threads(),
                System.getenv().getOrDefault("ATEN_CPU_CAPABILITY", "(unset: vectorized)"),
                s.batchSize(), s.randomSubnets()));
        Supernet net = new Supernet(space);
        try (Model model = Model.newInstance("supernet-bench", Device.cpu(), "PyTorch")) {
            model.setBlock(net);
            try (Trainer trainer = SupernetTrainer.newTrainer(model, space, s, 0)) {
                ImageDataset train = split.train();
                int[] order = SupernetTrainer.shuffled(train.size(),
                        new SplittableRandom(s.seed()));
                StepClock clock = new StepClock();
                long[] sandwich = timeSteps(trainer, net, train, order, s, steps, clock, false);
                out.add(String.format(Locale.ROOT, "sandwich step (%d passes): %.1f ms/step, %.1f"
                        + " ms of CPU, over %d steps (%s ms)", s.randomSubnets() + 2,
                        sandwich[0] / 1e6 / steps, sandwich[1] / 1e6 / steps, steps,
                        clock.perStep()));
                clock.reset();
                long[] alone = timeSteps(trainer, net, train, order, s, steps, clock, true);
                double[] standalone = standaloneLargest(space, split.train(), order, s, steps);
                out.add(String.format(Locale.ROOT, "largest subnet alone: supernet %.1f ms/step"
                        + " (%.1f ms of CPU; %s ms), ModelBuilder standalone %.1f ms/step (%.1f ms"
                        + " of CPU)", alone[0] / 1e6 / steps, alone[1] / 1e6 / steps,
                        clock.perStep(), standalone[0], standalone[1]));
            }
            for (ScoreSizes z : sizes) {
                out.add(scoring(net, space, split, s.seed(), subnets, z));
            }
        }
        return out;
    }

    /** Wall and CPU nanoseconds of {@code steps} steps (PyTorch's one thread is this one). */
    private static long[] timeSteps(Trainer trainer, Supernet net, ImageDataset train, int[] order,
            SupernetSettings s, int steps, StepClock clock, boolean largestAlone) {
        long start = 0;
        long cpu = 0;
        for (int step = 0; step < steps + UNTIMED; step++) {
            if (step == UNTIMED) {
                clock.reset();
                start = System.nanoTime();
                cpu = CPU.getCurrentThreadCpuTime();
            }
            int from = (step * s.batchSize()) % (train.size() - s.batchSize() + 1);
            List<SubnetChoice> sandwich = Sandwich.of(net.space(), s.randomSubnets(), s.seed(),
                    step);
            SupernetTrainer.step(trainer, net, train, order, from, from + s.batchSize(),
                    largestAlone ? sandwich.subList(0, 1) : sandwich, s.distill(), clock);
        }
        return new long[] {System.nanoTime() - start, CPU.getCurrentThreadCpuTime() - cpu};
    }

    /** Wall and CPU ms per step of ModelBuilder's largest network, trained like the supernet. */
    private static double[] standaloneLargest(SearchSpace space, ImageDataset train, int[] order,
            SupernetSettings s, int steps) {
        Architecture a = space.resolve(Sandwich.largest(space));
        SequentialBlock block = ModelBuilder.build(a);
        try (Model model = Model.newInstance("standalone-bench", Device.cpu(), "PyTorch")) {
            model.setBlock(block);
            try (Trainer trainer = SupernetTrainer.newTrainer(model, space, s, 0)) {
                StepClock clock = new StepClock();
                long start = 0;
                long cpu = 0;
                for (int step = 0; step < steps + UNTIMED; step++) {
                    if (step == UNTIMED) {
                        start = System.nanoTime();
                        cpu = CPU.getCurrentThreadCpuTime();
                    }
                    int from = (step * s.batchSize()) % (train.size() - s.batchSize() + 1);
                    plainStep(trainer, train, order, from, from + s.batchSize(),
                            clock);
                }
                return new double[] {(System.nanoTime() - start) / 1e6 / steps,
                        (CPU.getCurrentThreadCpuTime() - cpu) / 1e6 / steps};
            }
        }
    }

    /** One plain step of the trainer's own block on the labels (the benchmark's baseline). */
    private static void plainStep(Trainer trainer, ImageDataset d, int[] order, int from, int to,
            StepClock clock) {
        clock.start();
        try (NDScope scope = new NDScope();
                NDManager m = trainer.getManager().newSubManager();
                GradientCollector gc = trainer.newGradientCollector()) {
            scope.suppressNotUsedWarning();
            NDArray x = SupernetTrainer.images(m, d, order, from, to);
            NDArray y = SupernetTrainer.labels(m, d, order, from, to);
            clock.lap(StepClock.Phase.BATCH);
            NDArray logits = trainer.forward(new NDList(x)).singletonOrThrow();
            NDArray loss = trainer.getLoss().evaluate(new NDList(y), new NDList(logits));
            clock.lap(StepClock.Phase.TEACHER);
            gc.backward(loss);
            loss.getFloat();
            clock.lap(StepClock.Phase.BACKWARD);
        }
        trainer.step();
        clock.lap(StepClock.Phase.OPTIMIZER);
        clock.endStep();
    }

    private static String scoring(Supernet net, SearchSpace space, Split split, long seed,
            int subnets, ScoreSizes z) {
        List<SubnetChoice> choices = RandomSubnets.distinct(space, subnets, seed);
        long[] nanos = new long[2];
        int validation = Math.min(z.validation(), split.validation().size());
        try (SubnetAccuracy accuracy = new SubnetAccuracy(split, z.calibration(), validation,
                seed)) {
            for (int i = 0; i < UNTIMED; i++) {
                accuracy.of(net, choices.get(i % choices.size()));
            }
            long start = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            for (SubnetChoice c : choices) {
                accuracy.of(net, c, nanos);
            }
            double total = (System.nanoTime() - start) / 1e6 / subnets;
            double cpuMs = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6 / subnets;
            return String.format(Locale.ROOT, "subnet score, %d calibration / %d validation"
                    + " images: %.1f ms/subnet, %.1f ms of CPU, over %d random subnets (slice +"
                    + " calibration %.1f ms, validation %.1f ms)",
                    Math.min(z.calibration(), split.train().size()), validation, total, cpuMs,
                    subnets, nanos[0] / 1e6 / subnets, nanos[1] / 1e6 / subnets);
        }
    }
}
