package io.jnas.agent.profiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.pytorch.jni.JniUtils;
import io.jnas.arch.Architecture;
import io.jnas.arch.OpKey;
import io.jnas.agent.AgentFixture;
import io.jnas.agent.timing.Workload;
import io.jnas.model.DjlRuntime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PyTorchProfilerTest {

    private static ProfilerProvider provider;

    @BeforeAll
    static void engine() {
        DjlRuntime.configure(1);
        provider = ProfilerRegistry.load().provider("pytorch").orElseThrow();
    }

    @Test
    void foundThroughTheServiceLoaderAndAvailableOnTheCpu() {
        EngineStatus s = provider.status();
        assertTrue(s.available());
        assertEquals("2.7.1", s.version());
        assertTrue(s.devices().contains("cpu"));
        assertEquals(3, ProfilerRegistry.load().engines().size());
    }

    @Test
    void cudaIsRefusedWithTheReasonWhereThereIsNone() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> provider.open(ComputeDevice.parse("cuda"), 1));
        assertTrue(e.getMessage().startsWith("device cuda:0 is unavailable: "), e.getMessage());
    }

    @Test
    void anotherThreadCountThanTheOneInForceIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> provider.open(ComputeDevice.CPU, 3));
        assertEquals("threads must be 1 in this JVM (PyTorch reads its thread count once, and it"
                + " was set earlier), but was 3; start the JVM with"
                + " -Dai.djl.pytorch.num_threads=3", e.getMessage());
    }

    @Test
    void workloadsRunWithoutAutogradOnAFreshThread() throws Exception {
        // grad mode is per thread in PyTorch: a new thread starts with it on
        AtomicBoolean before = new AtomicBoolean();
        AtomicBoolean after = new AtomicBoolean(true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try (Profiler p = provider.open(ComputeDevice.CPU, 1)) {
                before.set(JniUtils.isGradMode());
                try (Workload w = p.newBlockWorkload(OpKey.parse(AgentFixture.MBCONV)
                        .toBlockSpec(), 2, Precision.FLOAT32)) {
                    after.set(JniUtils.isGradMode());
                    w.newInput();
                    w.beforeCall();
                    w.call();
                    w.afterCall();
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        t.start();
        t.join();
        assertEquals(null, failure.get());
        assertTrue(before.get(), "expected grad mode on in a fresh thread (else this test"
                + " proves nothing)");
        assertFalse(after.get());
    }

    @Test
    void aModelWorkloadRunsTheWholeNetworkAndFloat16IsRefusedOnTheCpu() {
        try (Profiler p = provider.open(ComputeDevice.CPU, 1)) {
            assertEquals(java.util.Set.of(Precision.FLOAT32), p.precisions());
            Architecture a = Architecture.fromJson(AgentFixture.TINY_NET);
            try (Workload w = p.newModelWorkload(a, 3, Precision.FLOAT32)) {
                w.newInput();
                for (int i = 0; i < 3; i++) {
                    w.beforeCall();
                    w.call();
                    w.afterCall();
                }
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> p.newModelWorkload(a, 1, Precision.FLOAT16));
            assertEquals("dtype must be one of [float32] on cpu, but was float16", e.getMessage());
        }
    }
}
