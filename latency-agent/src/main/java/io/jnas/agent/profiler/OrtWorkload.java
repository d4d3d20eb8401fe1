package io.jnas.agent.profiler;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.jnas.agent.timing.Workload;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An ONNX Runtime session on one exported block or network, with one input tensor and one
 * output tensor over buffers of our own. A call is {@code session.run} writing into the pinned
 * output, so nothing is allocated or copied per call beyond what the engine itself does: reading
 * the whole output back (as {@code getFloatBuffer()} would) costs time proportional to its size,
 * paid once per block when blocks are timed alone but once per network end to end, and would
 * bias the sum of the blocks (the PyTorch workload avoids the same bias).
 */
final class OrtWorkload implements Workload {

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String inputName;
    private final long[] inputShape;
    private final FloatBuffer inputValues;
    private final FloatBuffer outputValues;
    private final Map<String, OnnxTensor> output;
    private final SplittableRandom rng = new SplittableRandom(1);
    private Map<String, OnnxTensor> input = Map.of();
    private OrtSession.Result result;
    /** Folds one output element per call into a value the JVM keeps, so no call is skipped. */
    private double checksum;

    OrtWorkload(OrtEnvironment env, OrtSession session, String inputName, long[] inputShape,
            String outputName, long[] outputShape) {
        this.env = env;
        this.session = session;
        this.inputName = inputName;
        this.inputShape = inputShape.clone();
        this.inputValues = direct(inputShape);
        this.outputValues = direct(outputShape);
        try {
            this.output = Map.of(outputName, OnnxTensor.createTensor(env, outputValues, outputShape));
        } catch (OrtException e) {
            throw new IllegalStateException("onnxruntime cannot create the output tensor: "
                    + e.getMessage(), e);
        }
    }

    /** A direct buffer: ONNX Runtime reads and writes it in place instead of copying it. */
    private static FloatBuffer direct(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n = Math.multiplyExact(n, d);
        }
        return ByteBuffer.allocateDirect(Math.toIntExact(Math.multiplyExact(n, Float.BYTES)))
                .order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    @Override
    public void newInput() {
        closeInput();
        for (int i = 0; i < inputValues.capacity(); i++) {
            inputValues.put(i, (float) rng.nextDouble(-1, 1));
        }
        try {
            input = Map.of(inputName, OnnxTensor.createTensor(env, inputValues, inputShape));
        } catch (OrtException e) {
            throw new IllegalStateException("onnxruntime cannot create the input tensor: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void beforeCall() {
        // nothing: the session and its input are ready
    }

    @Override
    public void call() {
        try {
            result = session.run(input, output);
            // the CPU provider returns once the output is written; read one element of it
            checksum += outputValues.get(outputValues.capacity() - 1);
        } catch (OrtException e) {
            throw new IllegalStateException("onnxruntime failed to run: " + e.getMessage(), e);
        }
    }

    @Override
    public void afterCall() {
        if (result != null) {
            result.close();
            result = null;
        }
    }

    double checksum() {
        return checksum;
    }

    /** Whether the last call wrote anything but zeros to the output (tests). */
    boolean outputWritten() {
        for (int i = 0; i < outputValues.capacity(); i++) {
            if (outputValues.get(i) != 0f) {
                return true;
            }
        }
        return false;
    }

    private void closeInput() {
        input.values().forEach(OnnxTensor::close);
        input = Map.of();
    }

    @Override
    public void close() {
        afterCall();
        closeInput();
        output.values().forEach(OnnxTensor::close);
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("onnxruntime failed to close a session: "
                    + e.getMessage(), e);
        }
    }
}
