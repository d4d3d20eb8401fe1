package io.jnas.agent.profiler.tensorrt;

import ai.djl.ndarray.types.Shape;
import io.jnas.agent.timing.SelfTimedWorkload;
import io.jnas.onnx.OnnxExporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A TensorRT engine built once by {@code trtexec} from the ONNX file, timed one round per
 * {@code trtexec --loadEngine} run; trtexec fills the input with fresh random data itself.
 */
final class TrtexecWorkload implements SelfTimedWorkload {

    private final Trtexec trtexec;
    private final Path dir;
    private final Path plan;
    private final String shapes;
    private final int gpu;
    private int round;

    TrtexecWorkload(Trtexec trtexec, Path dir, Path onnx, Shape shape, int gpu, boolean fp16) {
        this.trtexec = trtexec;
        this.dir = dir;
        this.plan = dir.resolve("model.plan");
        this.gpu = gpu;
        this.shapes = OnnxExporter.INPUT + ":" + LongStream.of(shape.getShape())
                .mapToObj(Long::toString).collect(Collectors.joining("x"));
        trtexec.build(onnx, plan, shapes, gpu, fp16);
    }

    @Override
    public double[] timeRound(int warmup, int repetitions) {
        return trtexec.timeRound(plan, shapes, gpu, warmup, repetitions,
                dir.resolve("times-" + round++ + ".json"));
    }

    @Override
    public void newInput() {
        // every trtexec run draws its own random input
    }

    @Override
    public void call() {
        throw new UnsupportedOperationException("trtexec times whole rounds");
    }

    @Override
    public void close() {
        deleteFolder(dir);
    }

    static void deleteFolder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind costs disk, not correctness
        }
    }
}
