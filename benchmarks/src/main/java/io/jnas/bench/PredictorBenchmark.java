package io.jnas.bench;

import io.jnas.arch.Architecture;
import io.jnas.arch.OpKey;
import io.jnas.latency.Calibration;
import io.jnas.latency.FlopsPredictor;
import io.jnas.latency.LookupTablePredictor;
import io.jnas.space.SearchSpace;
import io.jnas.space.SpaceKeys;
import io.jnas.table.LatencyEntry;
import io.jnas.table.LookupTable;
import io.jnas.table.TableMetadata;
import io.jnas.text.ProjectHome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to predict one architecture's latency, for networks of exactly 20 blocks of the
 * MobileNet-like space (target: at most 1 microsecond with the lookup table). The table's
 * figures are arbitrary: a lookup costs the same whatever it returns.
 *
 * <p>Run: {@code ./nas bench-jmh PredictorBenchmark} or
 * {@code java -cp <classpath> org.openjdk.jmh.Main PredictorBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PredictorBenchmark {

    @Param({"configs/spaces/mobilenet-224.yaml"})
    public String space;

    private Architecture[] archs;
    private LookupTablePredictor table;
    private FlopsPredictor flops;
    private int next;

    @Setup
    public void setup() {
        Path root = ProjectHome.root();
        SearchSpace s = SearchSpace.load(root.resolve(space));
        List<LatencyEntry> entries = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(3);
        for (OpKey k : SpaceKeys.all(s)) {
            double ms = 0.05 + rng.nextDouble();
            entries.add(new LatencyEntry(k, ms, ms, ms, ms, 0, 0, 50, 0, false, 0));
        }
        TableMetadata m = new TableMetadata(1, "bench", "bench", "pytorch", "2.7.1", "cpu", "float32",
                1, 1, 10, 10, 5, "bench", Instant.EPOCH, List.of());
        table = LookupTablePredictor.of(LookupTable.of(m, entries),
                new Calibration(0.9, -0.01, 0.05, 20, 0.99, Instant.EPOCH), null);
        flops = FlopsPredictor.of("bench", 0.004, 0.1);
        List<Architecture> twenty = new ArrayList<>();
        while (twenty.size() < 1024) {
            Architecture a = s.resolve(s.sample(rng));
            if (a.blocks().size() == 20) {
                twenty.add(a);
            }
        }
        archs = twenty.toArray(Architecture[]::new);
    }

    @Benchmark
    public double lookupTable() {
        return table.predictMs(archs[next++ & 1023]);
    }

    @Benchmark
    public double flopsBaseline() {
        return flops.predictMs(archs[next++ & 1023]);
    }
}
