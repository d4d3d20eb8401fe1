package io.jnas.agent.profiler.tensorrt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.agent.profiler.ComputeDevice;
import io.jnas.agent.profiler.EngineStatus;
import io.jnas.agent.profiler.ProfilerRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The decisions of the TensorRT provider, with the machine's answers given. */
class TensorRtProfilerProviderTest {

    private static final NvidiaGpus NONE = new NvidiaGpus(List.of());
    private static final NvidiaGpus TWO = new NvidiaGpus(List.of("NVIDIA L4", "NVIDIA L4"));
    private static final DjlTensorRt.Probe NO_DJL = new DjlTensorRt.Probe(null,
            "DJL's TensorRT engine did not load: libnvonnxparser.so.8: cannot open");

    @Test
    void withoutAGpuItIsUnavailableAndNeverTriesToLoadTensorRt() {
        AtomicInteger loads = new AtomicInteger();
        TensorRtProfilerProvider p = new TensorRtProfilerProvider(() -> NONE,
                () -> { loads.incrementAndGet(); return Optional.empty(); },
                () -> { loads.incrementAndGet(); return NO_DJL; });
        EngineStatus s = p.status();
        assertFalse(s.available());
        assertEquals(NvidiaGpus.WHY_NONE, s.reason());
        assertEquals(0, loads.get(), "no native library is touched before a GPU is seen");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> p.open(new ComputeDevice(true, 0), 1));
        assertEquals("tensorrt cannot run here: " + NvidiaGpus.WHY_NONE, e.getMessage());
    }

    @Test
    void aGpuWithoutAnyTensorRtSaysWhatWasTried() {
        EngineStatus s = new TensorRtProfilerProvider(() -> TWO, Optional::empty, () -> NO_DJL)
                .status();
        assertFalse(s.available());
        assertTrue(s.reason().startsWith(NO_DJL.whyNot() + "; and no trtexec (looked at"
                + " $TRTEXEC, the PATH and [/usr/src/tensorrt/bin/trtexec"), s.reason());
    }

    @Test
    void trtexecMakesItAvailableOnEveryGpuButNotOnTheCpu() {
        TensorRtProfilerProvider p = new TensorRtProfilerProvider(() -> TWO,
                () -> Optional.of(Path.of("/usr/src/tensorrt/bin/trtexec")), () -> NO_DJL);
        EngineStatus s = p.status();
        assertTrue(s.available(), s.reason());
        assertEquals(List.of("cuda:0", "cuda:1"), s.devices());
        assertEquals(Map.of("cpu", "TensorRT runs on NVIDIA GPUs only"), s.unavailableDevices());
        assertEquals("trtexec at /usr/src/tensorrt/bin/trtexec", s.version());
        assertEquals("NVIDIA L4; NVIDIA L4", p.gpuSummary());
        assertEquals("device must be cuda:N for tensorrt (it runs on NVIDIA GPUs only), but was"
                + " cpu", assertThrows(IllegalStateException.class,
                        () -> p.open(ComputeDevice.CPU, 1)).getMessage());
        assertEquals("device must be one of [cuda:0, cuda:1] for tensorrt, but was cuda:2",
                assertThrows(IllegalStateException.class,
                        () -> p.open(new ComputeDevice(true, 2), 1)).getMessage());
    }

    @Test
    void djlsEngineIsPreferredWhenItLoads() {
        EngineStatus s = new TensorRtProfilerProvider(() -> TWO,
                () -> { throw new AssertionError("trtexec is not needed"); },
                () -> new DjlTensorRt.Probe("8.4.1", "")).status();
        assertTrue(s.available());
        assertEquals("8.4.1 (DJL TensorRT engine)", s.version());
    }

    @Test
    void theAgentFindsTheProviderAndOnThisMachineReportsWhy() {
        EngineStatus s = ProfilerRegistry.load().engines().stream()
                .filter(e -> e.engine().equals("tensorrt")).findFirst().orElseThrow();
        if (NvidiaGpus.probe(Path.of("/")).none()) {
            assertFalse(s.available());
            assertEquals(NvidiaGpus.WHY_NONE, s.reason());
        }
        assertTrue(ProfilerRegistry.load().provider("tensorrt").isPresent());
    }
}
