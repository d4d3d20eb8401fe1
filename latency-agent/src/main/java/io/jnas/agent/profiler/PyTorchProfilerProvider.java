package io.jnas.agent.profiler;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.StandardCapabilities;
import ai.djl.util.cuda.CudaUtils;
import io.jnas.model.DjlRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** DJL's PyTorch engine, on the CPU or on a CUDA GPU where the natives and a GPU are present. */
public final class PyTorchProfilerProvider implements ProfilerProvider {

    static final String ENGINE = "pytorch";

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public EngineStatus status() {
        try {
            Engine e = DjlRuntime.engine();
            List<String> devices = new ArrayList<>(List.of("cpu"));
            String why = whyNoGpu(e);
            if (why == null) {
                for (int i = 0; i < e.getGpuCount(); i++) {
                    devices.add("cuda:" + i);
                }
            }
            return new EngineStatus(ENGINE, e.getVersion(), true, "", devices,
                    why == null ? Map.of() : Map.of("cuda", why));
        } catch (RuntimeException | LinkageError e) {
            return EngineStatus.unavailable(ENGINE, "PyTorch failed to load: " + e.getMessage());
        }
    }

    @Override
    public String gpuSummary() {
        try {
            int n = CudaUtils.getGpuCount();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "" : "; ").append(describeGpu(i));
            }
            return sb.toString();
        } catch (RuntimeException | LinkageError e) {
            return "";
        }
    }

    /** "cuda:0 compute capability 8.7, 30536 MiB" from the CUDA runtime, as far as it tells. */
    static String describeGpu(int index) {
        StringBuilder sb = new StringBuilder("cuda:" + index);
        try {
            String cc = CudaUtils.getComputeCapability(index);
            sb.append(" compute capability ").append(cc.length() == 2
                    ? cc.charAt(0) + "." + cc.charAt(1) : cc);
            long bytes = CudaUtils.getGpuMemory(Device.gpu(index)).getMax();
            sb.append(", ").append(bytes >> 20).append(" MiB");
        } catch (RuntimeException | LinkageError e) {
            // the runtime may not answer everything; the index alone still identifies the GPU
        }
        return sb.toString();
    }

    /** Why CUDA cannot be used here, or null when it can. */
    static String whyNoGpu(Engine e) {
        if (!e.hasCapability(StandardCapabilities.CUDA)) {
            return "the PyTorch natives on the class path are CPU-only";
        }
        if (e.getGpuCount() == 0) {
            return "no CUDA GPU is visible to PyTorch";
        }
        return null;
    }

    @Override
    public Profiler open(ComputeDevice device, int threads) {
        int inForce = DjlRuntime.configure(threads);
        if (inForce != threads) {
            throw new IllegalStateException("threads must be " + inForce + " in this JVM (PyTorch"
                    + " reads its thread count once, and it was set earlier), but was " + threads
                    + "; start the JVM with -Dai.djl.pytorch.num_threads=" + threads);
        }
        Engine e;
        try {
            e = DjlRuntime.engine();
        } catch (RuntimeException | LinkageError t) {
            throw new IllegalStateException("pytorch cannot run here: " + t.getMessage(), t);
        }
        if (device.gpu()) {
            String why = whyNoGpu(e);
            if (why != null) {
                throw new IllegalStateException("device " + device + " is unavailable: " + why);
            }
            if (device.index() >= e.getGpuCount()) {
                throw new IllegalStateException("device must be one of cuda:0..cuda:"
                        + (e.getGpuCount() - 1) + ", but was " + device);
            }
        }
        return new PyTorchProfiler(e, device);
    }
}
