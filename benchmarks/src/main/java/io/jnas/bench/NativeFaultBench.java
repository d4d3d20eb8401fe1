package io.jnas.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.Pair;
import io.jnas.arch.Architecture;
import io.jnas.model.DjlRuntime;
import io.jnas.model.ModelBuilder;
import io.jnas.space.SearchSpace;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Counts the native engine's wrong results per CPU-minute: the SynFlow computation of the
 * {@code synflow} evaluator (fresh net, seeded |init|, float64 forward and backward on an all-ones
 * input, sum of |theta| x grad), repeated round robin over N random subnets of a space (so the
 * shapes vary as in a search), each result compared bit for bit with that subnet's first one.
 * A fault is reported with the stage it hit: the initialized weights (sum of all parameters), the
 * output, or the gradient sum.
 *
 * <pre>
 * scripts/native-faults.sh --minutes 10 --nets 40
 * </pre>
 *
 * <p>Arguments: {@code --minutes M} (budget in CPU-minutes of the computing thread, default 5), {@code --nets N} (default
 * 40), {@code --seed S} (subnets and weights, default 7), {@code --space FILE} (default
 * configs/spaces/mnist-small.yaml), {@code --threads T} (intra-op threads, default 1). CPU time
 * is the computing thread's own (the one that runs the native kernels with 1 intra-op thread).
 */
public final class NativeFaultBench {

    private NativeFaultBench() {
    }

    /** What one computation gave: weights sum, output sum and SynFlow sum, as raw bits. */
    record Result(long weights, long output, long score) {
        String differsFrom(Result ref) {
            List<String> parts = new ArrayList<>();
            if (weights != ref.weights) {
                parts.add("weights " + Double.longBitsToDouble(weights) + " vs "
                        + Double.longBitsToDouble(ref.weights));
            }
            if (output != ref.output) {
                parts.add("output " + Double.longBitsToDouble(output) + " vs "
                        + Double.longBitsToDouble(ref.output));
            }
            if (score != ref.score) {
                parts.add("score " + Double.longBitsToDouble(score) + " vs "
                        + Double.longBitsToDouble(ref.score));
            }
            return String.join("; ", parts);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        double minutes = Double.parseDouble(opt.getOrDefault("minutes", "5"));
        int nets = Integer.parseInt(opt.getOrDefault("nets", "40"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "7"));
        int threads = Integer.parseInt(opt.getOrDefault("threads", "1"));
        Path spaceFile = Path.of(opt.getOrDefault("space", "configs/spaces/mnist-small.yaml"));
        DjlRuntime.configure(threads);
        Engine engine = DjlRuntime.engine();
        SearchSpace space = SearchSpace.load(spaceFile);
        List<Architecture> archs = distinct(space, nets, seed);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "native-faults: %s %s, %d threads, ATEN_CPU_CAPABILITY=%s,"
                        + " java %s (%s), %d subnets of %s, seed %d, %.1f CPU-min%n",
                engine.getEngineName(), engine.getVersion(), threads,
                System.getenv("ATEN_CPU_CAPABILITY"), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), nets, space.name(), seed, minutes);
        System.out.println("settings: " + settings());
        Result[] ref = new Result[nets];
        long computations = 0;
        long faults = 0;
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long end = cpu0 + (long) (minutes * 60e9);
        while (mx.getCurrentThreadCpuTime() < end) {
            for (int i = 0; i < nets && mx.getCurrentThreadCpuTime() < end; i++) {
                Result r = compute(engine, archs.get(i), seed);
                computations++;
                if (ref[i] == null) {
                    ref[i] = r;
                } else if (!r.equals(ref[i])) {
                    faults++;
                    Result again = compute(engine, archs.get(i), seed);
                    System.out.printf(Locale.ROOT, "fault %d at %.1f s, computation %d, subnet %d"
                                    + " (%s): %s; computed again: %s%n", faults,
                            (System.nanoTime() - wall0) / 1e9, computations, i,
                            archs.get(i).hash(), r.differsFrom(ref[i]),
                            again.equals(ref[i]) ? "as the first" : again.differsFrom(ref[i]));
                }
            }
        }
        double cpuMin = (mx.getCurrentThreadCpuTime() - cpu0) / 60e9;
        double wallMin = (System.nanoTime() - wall0) / 60e9;
        double[] ci = PoissonInterval.of(faults, 0.95);
        System.out.printf(Locale.ROOT, "%d computations, %d faults (1 in %s) in %.2f CPU-min"
                        + " (%.2f wall-min): %.3f faults/CPU-min, 95%% interval %.3f..%.3f%n",
                computations, faults, faults == 0 ? "-" : String.valueOf(computations / faults),
                cpuMin, wallMin, faults / cpuMin, ci[0] / cpuMin, ci[1] / cpuMin);
    }

    /** One SynFlow computation exactly as the evaluator does it (SynFlowProxy). */
    static Result compute(Engine engine, Architecture a, long seed) {
        Block net = ModelBuilder.build(a);
        Shape in = ModelBuilder.inputShape(a, 1);
        try (NDManager m = engine.newBaseManager()) {
            for (Pair<String, Parameter> p : net.getParameters()) {
                Initializer inner = p.getValue().getInitializer();
                if (inner != null) {
                    p.getValue().setInitializer((mm, shape, type) ->
                            inner.initialize(mm, shape, type).abs());
                }
            }
            engine.setRandomSeed((int) (seed ^ (seed >>> 32)));
            net.initialize(m, DataType.FLOAT64, in);
            double weights = 0;
            for (Pair<String, Parameter> p : net.getParameters()) {
                weights += p.getValue().getArray().sum().getDouble();
            }
            double output;
            try (GradientCollector gc = engine.newGradientCollector()) {
                NDArray out = net.forward(new ParameterStore(m, false),
                        new NDList(m.ones(in, DataType.FLOAT64)), false).singletonOrThrow();
                NDArray sum = out.sum();
                output = sum.getDouble();
                gc.backward(sum);
            }
            double s = 0;
            for (Pair<String, Parameter> p : net.getParameters()) {
                Parameter param = p.getValue();
                if (param.requiresGradient()) {
                    NDArray w = param.getArray();
                    s += w.mul(w.getGradient()).sum().getDouble();
                }
            }
            return new Result(Double.doubleToRawLongBits(weights),
                    Double.doubleToRawLongBits(output), Double.doubleToRawLongBits(s));
        }
    }

    /** The environment and JVM settings that choose which instruction sets the run uses. */
    static String settings() {
        List<String> out = new ArrayList<>();
        for (String name : List.of("MKL_ENABLE_INSTRUCTIONS", "MKL_CBWR", "ONEDNN_MAX_CPU_ISA",
                "DNNL_MAX_CPU_ISA", "GLIBC_TUNABLES")) {
            String v = System.getenv(name);
            if (v != null) {
                out.add(name + "=" + v);
            }
        }
        var hotspot = ManagementFactory.getPlatformMXBean(
                com.sun.management.HotSpotDiagnosticMXBean.class);
        out.add("-XX:UseAVX=" + hotspot.getVMOption("UseAVX").getValue());
        return String.join(" ", out);
    }

    static List<Architecture> distinct(SearchSpace s, int count, long seed) {
        Random rng = new Random(seed);
        Map<String, Architecture> out = new LinkedHashMap<>();
        for (int tries = 0; out.size() < count && tries < count * 100; tries++) {
            Architecture a = s.resolve(s.sample(rng));
            out.putIfAbsent(a.hash(), a);
        }
        return new ArrayList<>(out.values());
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("arguments must be --name value pairs, but was "
                        + args[i]);
            }
            opt.put(args[i].substring(2), args[i + 1]);
        }
        return opt;
    }
}
