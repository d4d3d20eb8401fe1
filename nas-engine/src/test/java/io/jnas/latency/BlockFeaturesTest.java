package io.jnas.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnas.arch.OpKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockFeaturesTest {

    private static final OpKey STEM = OpKey.parse("stem:i1:o16:k3:s2:e1:relu:se0:28x28");
    private static final OpKey A = OpKey.parse("mbconv:i16:o16:k3:s1:e1:relu:se0:14x14");
    private static final OpKey B = OpKey.parse("mbconv:i16:o24:k7:s2:e6:silu:se1:14x14");
    private static final OpKey C = OpKey.parse("mbconv:i24:o24:k5:s1:e3:hardswish:se0:7x7");
    private static final Map<OpKey, Double> MS = Map.of(STEM, 0.1, A, 0.2, B, 0.4, C, 0.3);

    private static double f(String name) {
        return BlockFeatures.of(List.of(STEM, A, B, C), MS::get, List.of(name))[0];
    }

    @Test
    void sumsTheTableMediansPerKindOfBlock() {
        assertEquals(1.0, f("table_sum"), 1e-12);
        assertEquals(4, f("blocks"));
        assertEquals(0.1, f("fixed_ms"), 1e-12);
        assertEquals(0.2, f("stage0_ms"), 1e-12);
        assertEquals(0.7, f("stage1_ms"), 1e-12); // B opens stage 1 with stride 2, C follows
        assertEquals(2, f("stage1_blocks"));
        assertEquals(0.4, f("se_ms"), 1e-12);
        assertEquals(0.2, f("relu_ms"), 1e-12); // the stem's activation is not counted
        assertEquals(0.2, f("expand1_ms"), 1e-12);
        assertEquals(0.4, f("k7_ms"), 1e-12);
        assertEquals(0.3, f("k5_ms"), 1e-12);
        assertEquals(0.3, f("expand3_ms"), 1e-12);
    }

    @Test
    void countsTheElementsEachActivationRunsOn() {
        // B: 96 channels after expansion at 14x14, then 96 at 7x7 after the stride-2 depthwise
        assertEquals((96 * 196 + 96 * 49) / 1e6, f("silu_melems"), 1e-12);
        // A has no expansion: only the depthwise output, 16 x 14x14
        assertEquals(16 * 196 / 1e6, f("relu_melems"), 1e-12);
    }

    @Test
    void anUnknownSetOrFeatureIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BlockFeatures.set("everything"));
        assertEquals("feature set must be one of [kinds, kinds-act, stages, stages-se, sum-blocks,"
                + " sum-blocks-macs], but was 'everything'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BlockFeatures.index("watts"));
    }
}
