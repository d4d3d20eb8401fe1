package io.jnas.agent.profiler.tensorrt;

import static java.util.Objects.requireNonNull;

import io.jnas.agent.profiler.ComputeDevice;
import io.jnas.agent.profiler.EngineStatus;
import io.jnas.agent.profiler.Profiler;
import io.jnas.agent.profiler.ProfilerProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * TensorRT on an NVIDIA GPU. It reports itself unavailable, with the reason, on a machine
 * without an NVIDIA GPU or without a TensorRT install ({@code Describe} shows that, and a
 * request for it gets {@code FAILED_PRECONDITION}); it loads nothing native before a GPU has
 * been seen. Back ends, in order: DJL's TensorRT engine, then {@code trtexec}.
 */
public final class TensorRtProfilerProvider implements ProfilerProvider {

    static final String ENGINE = "tensorrt";

    private final Supplier<NvidiaGpus> gpus;
    private final Supplier<Optional<Path>> trtexec;
    private final Supplier<DjlTensorRt.Probe> djl;

    public TensorRtProfilerProvider() {
        this(() -> NvidiaGpus.probe(Path.of("/")),
                () -> Trtexec.locate(System.getenv(), Path.of("/")), DjlTensorRt::probe);
    }

    /** With the machine's answers given (tests of the decisions on machines without a GPU). */
    TensorRtProfilerProvider(Supplier<NvidiaGpus> gpus, Supplier<Optional<Path>> trtexec,
            Supplier<DjlTensorRt.Probe> djl) {
        this.gpus = requireNonNull(gpus, "gpus");
        this.trtexec = requireNonNull(trtexec, "trtexec");
        this.djl = requireNonNull(djl, "djl");
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public EngineStatus status() {
        try {
            return new Choice(gpus.get()).status();
        } catch (RuntimeException e) {
            return EngineStatus.unavailable(ENGINE, "TensorRT probe failed: " + e.getMessage());
        }
    }

    @Override
    public String gpuSummary() {
        return String.join("; ", gpus.get().names());
    }

    @Override
    public Profiler open(ComputeDevice device, int threads) {
        Choice c = new Choice(gpus.get());
        EngineStatus s = c.status();
        if (!s.available()) {
            throw new IllegalStateException("tensorrt cannot run here: " + s.reason());
        }
        if (!device.gpu()) {
            throw new IllegalStateException("device must be cuda:N for tensorrt (it runs on"
                    + " NVIDIA GPUs only), but was " + device);
        }
        if (device.index() >= c.gpus.names().size()) {
            throw new IllegalStateException("device must be one of " + s.devices()
                    + " for tensorrt, but was " + device);
        }
        String gpu = c.gpus.names().get(device.index());
        return c.djl != null ? new TensorRtProfiler(device, gpu, threads, c.djl, null)
                : new TensorRtProfiler(device, gpu, threads, null, Trtexec.at(c.trtexec));
    }

    /** What this machine offers, found once per call. */
    private final class Choice {
        final NvidiaGpus gpus;
        final String djl;
        final Path trtexec;
        final String djlWhyNot;

        Choice(NvidiaGpus found) {
            this.gpus = found;
            if (found.none()) {
                djl = null;
                trtexec = null;
                djlWhyNot = "";
                return;
            }
            DjlTensorRt.Probe p = TensorRtProfilerProvider.this.djl.get();
            djl = p.version();
            djlWhyNot = p.whyNot();
            trtexec = djl == null ? TensorRtProfilerProvider.this.trtexec.get().orElse(null)
                    : null;
        }

        EngineStatus status() {
            if (gpus.none()) {
                return EngineStatus.unavailable(ENGINE, gpus.whyNone());
            }
            if (djl == null && trtexec == null) {
                return EngineStatus.unavailable(ENGINE, djlWhyNot + "; and no trtexec (looked"
                        + " at $TRTEXEC, the PATH and " + Trtexec.USUAL_PLACES.stream()
                        .map(p -> "/" + p).toList() + ")");
            }
            List<String> devices = new ArrayList<>();
            for (int i = 0; i < gpus.names().size(); i++) {
                devices.add("cuda:" + i);
            }
            String version = djl != null ? djl + " (DJL TensorRT engine)"
                    : "trtexec at " + trtexec;
            return new EngineStatus(ENGINE, version, true, "", devices,
                    Map.of("cpu", "TensorRT runs on NVIDIA GPUs only"));
        }
    }
}
