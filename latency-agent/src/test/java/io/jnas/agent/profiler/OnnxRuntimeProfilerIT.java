package io.jnas.agent.profiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.agent.AgentFixture;
import io.jnas.agent.timing.LatencyStats;
import io.jnas.agent.timing.TimingHarness;
import io.jnas.agent.timing.TimingProtocol;
import io.jnas.agent.timing.Workload;
import io.jnas.arch.Architecture;
import io.jnas.arch.InputShape;
import io.jnas.arch.OpKey;
import io.jnas.cell.Cell;
import io.jnas.cell.CellNetwork;
import io.jnas.cell.CellSkeleton;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ONNX Runtime on the ONNX files nas-core writes, found and used like every engine. */
class OnnxRuntimeProfilerIT {

    private static ProfilerProvider provider;
    private static Profiler profiler;

    @BeforeAll
    static void engine() {
        AgentFixture.config();
        provider = ProfilerRegistry.load().provider("onnxruntime").orElseThrow();
        profiler = provider.open(ComputeDevice.CPU, 1);
    }

    @AfterAll
    static void close() {
        profiler.close();
    }

    @Test
    void foundThroughTheServiceLoaderAndAvailableOnTheCpuOnly() {
        EngineStatus s = provider.status();
        assertTrue(s.available(), s.reason());
        assertEquals("1.23.2", s.version());
        assertEquals(List.of("cpu"), s.devices());
        assertTrue(s.unavailableDevices().get("cuda").contains("CPU build"));
        assertEquals("onnxruntime", profiler.engine());
        assertEquals("1.23.2", profiler.engineVersion());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> provider.open(ComputeDevice.parse("cuda"), 1));
        assertTrue(e.getMessage().startsWith("device cuda:0 is unavailable: "), e.getMessage());
    }

    @Test
    void timesEveryKindOfBlockAWholeNetworkAndACellNetwork() {
        TimingHarness harness = new TimingHarness();
        TimingProtocol p = new TimingProtocol(1, 3, 2, 10, 0);
        for (String key : List.of(AgentFixture.STEM, AgentFixture.MBCONV, AgentFixture.HEAD,
                AgentFixture.FC, "mbconv:i8:o16:k5:s2:e6:gelu:se1:8x8",
                "mbconv:i8:o8:k3:s1:e3:prelu:se0:8x8")) {
            try (Workload w = profiler.newBlockWorkload(OpKey.parse(key).toBlockSpec(), 2,
                    Precision.FLOAT32)) {
                LatencyStats s = harness.measure(w, p, () -> false);
                assertTrue(s.medianMs() > 0, key);
                assertEquals(6, s.count(), key);
                // one element of a ReLU output may well be 0 on every call; the whole output not
                assertTrue(((OrtWorkload) w).outputWritten(), "outputs were written for " + key);
            }
        }
        try (Workload w = profiler.newModelWorkload(Architecture.fromJson(AgentFixture.TINY_NET), 1,
                Precision.FLOAT32)) {
            assertTrue(harness.measure(w, p, () -> false).medianMs() > 0);
        }
        CellNetwork cell = new CellNetwork(Cell.parse("|nor_conv_3x3~0|+|none~0|none~1|+"
                + "|avg_pool_3x3~0|nor_conv_1x1~1|none~2|"),
                new CellSkeleton(new InputShape(3, 8, 8), 5, 1, List.of(4, 8)));
        try (Workload w = profiler.newCellWorkload(cell, 3, Precision.FLOAT32)) {
            assertTrue(harness.measure(w, p, () -> false).medianMs() > 0);
            assertTrue(((OrtWorkload) w).outputWritten(), "the cell network's logits were written");
        }
    }

    @Test
    void float16IsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> profiler.newBlockWorkload(OpKey.parse(AgentFixture.FC).toBlockSpec(), 1,
                        Precision.FLOAT16));
        assertEquals("dtype must be one of [float32] on cpu with onnxruntime, but was float16",
                e.getMessage());
    }
}
