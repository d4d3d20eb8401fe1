package io.jnas.agent.profiler.tensorrt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the file {@code trtexec --exportTimes} writes: a JSON array with one object per
 * iteration ({@code startInMs}, {@code endInMs}, {@code startComputeMs}, ..., {@code inMs},
 * {@code computeMs}, {@code outMs}, {@code latencyMs}, {@code endToEndMs}; NVIDIA's
 * {@code samples/trtexec/tracer.py} lists them). We keep {@code latencyMs}: host-to-device copy,
 * compute and device-to-host copy of one inference, the closest to what a deployed model costs
 * and to what the PyTorch profiler times (its calls end with the output on the host).
 *
 * <pre>{@code double[] ms = TrtexecTimes.parse(json, 10, 10);   // drops the first 10}</pre>
 */
public final class TrtexecTimes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrtexecTimes() {
    }

    /**
     * The latencies of the iterations after the first {@code warmup}, exactly
     * {@code repetitions} of them.
     *
     * @throws IllegalStateException naming what is wrong when the file is not such an array or
     *     has fewer iterations
     */
    public static double[] parse(String json, int warmup, int repetitions) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("trtexec times must be a JSON array, but could not be"
                    + " read: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new IllegalStateException("trtexec times must be a JSON array of iterations,"
                    + " but was " + (root == null ? "empty" : root.getNodeType()));
        }
        if (root.size() < warmup + repetitions) {
            throw new IllegalStateException("trtexec times must list " + (warmup + repetitions)
                    + " iterations (" + warmup + " warm-up + " + repetitions + " timed), but"
                    + " listed " + root.size());
        }
        double[] ms = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            JsonNode latency = root.get(warmup + i).get("latencyMs");
            if (latency == null || !latency.isNumber() || latency.asDouble() < 0) {
                throw new IllegalStateException("trtexec times: iteration " + (warmup + i)
                        + " must have a number latencyMs >= 0, but had " + latency);
            }
            ms[i] = latency.asDouble();
        }
        return ms;
    }
}
