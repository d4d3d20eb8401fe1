package io.jnas.agent.profiler;

import ai.onnxruntime.OrtEnvironment;
import io.jnas.model.DjlRuntime;
import java.util.List;
import java.util.Map;

/**
 * ONNX Runtime's CPU provider, on the ONNX files nas-core writes: the deployment path of an
 * exported network. The natives ship inside the onnxruntime jar, so it runs wherever the agent
 * runs; CUDA needs the separate onnxruntime_gpu build, which this agent does not carry.
 */
public final class OnnxRuntimeProfilerProvider implements ProfilerProvider {

    static final String ENGINE = "onnxruntime";
    private static final String NO_CUDA = "this agent's onnxruntime is the CPU build (CUDA needs"
            + " the onnxruntime_gpu jar)";

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public EngineStatus status() {
        try {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            return new EngineStatus(ENGINE, env.getVersion(), true, "", List.of("cpu"),
                    Map.of("cuda", NO_CUDA));
        } catch (RuntimeException | LinkageError e) {
            return EngineStatus.unavailable(ENGINE, "ONNX Runtime failed to load: " + e.getMessage());
        }
    }

    @Override
    public Profiler open(ComputeDevice device, int threads) {
        if (device.gpu()) {
            throw new IllegalStateException("device " + device + " is unavailable: " + NO_CUDA);
        }
        // DJL (PyTorch) only gives blocks their initial weights here; its thread count is moot
        DjlRuntime.configure(threads);
        OrtEnvironment env;
        try {
            env = OrtEnvironment.getEnvironment();
        } catch (RuntimeException | LinkageError t) {
            throw new IllegalStateException("onnxruntime cannot run here: " + t.getMessage(), t);
        }
        return new OnnxRuntimeProfiler(env, threads);
    }
}
