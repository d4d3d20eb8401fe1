package io.jnas.latency;

import io.jnas.arch.BlockType;
import io.jnas.arch.OpKey;
import io.jnas.cost.BlockCost;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Named features of a network for the calibration of a lookup table: what the plain sum of block
 * medians misses is fitted per kind of block (its stage, squeeze-excitation, activation), so a
 * kind that runs faster or slower in its chain than alone gets its own factor.
 *
 * <p>Every feature is a sum over the network's blocks, so a calibration stays linear:
 * {@code e2e = sum_j w_j x feature_j}. The stage of an inverted-residual block is the number of
 * stride-2 inverted-residual blocks up to and including it (0, 1, 2 or more); {@code *_melems}
 * are the millions of elements that blocks of one activation apply it to. On the ONNX Runtime
 * table of a loaded 2-core EPYC, fitted on 300 nets: 44% of 100 held-out nets within +-10% with
 * {@code sum-blocks}, 74% with {@code stages-se}, 94% with {@code kinds}, 98% with
 * {@code kinds-act} (FLOPs alone 55%).
 *
 * <pre>{@code
 * double[] x = BlockFeatures.of(architecture.opKeys(), table::medianMs, BlockFeatures.set("stages"));
 * }</pre>
 */
public final class BlockFeatures {

    /** Every feature, in the order of {@link #all}. */
    public static final List<String> NAMES = List.of("intercept", "table_sum", "blocks", "mmacs",
            "fixed_ms", "stage0_ms", "stage1_ms", "stage2_ms", "stage0_blocks", "stage1_blocks",
            "stage2_blocks", "se_ms", "se_blocks", "relu_ms", "hardswish_ms", "silu_ms",
            "expand1_ms", "k7_ms", "k5_ms", "expand3_ms", "relu_melems", "hardswish_melems",
            "silu_melems");

    /** The feature sets a calibration can be fitted on; the first is the legacy one. */
    public static final Map<String, List<String>> SETS = Map.of(
            "sum-blocks", List.of("intercept", "table_sum", "blocks"),
            "sum-blocks-macs", List.of("intercept", "table_sum", "blocks", "mmacs"),
            "stages", List.of("intercept", "fixed_ms", "stage0_ms", "stage1_ms", "stage2_ms",
                    "stage0_blocks", "stage1_blocks", "stage2_blocks", "mmacs"),
            "stages-se", List.of("intercept", "fixed_ms", "stage0_ms", "stage1_ms", "stage2_ms",
                    "stage0_blocks", "stage1_blocks", "stage2_blocks", "mmacs", "se_ms", "se_blocks"),
            "kinds", NAMES.subList(0, 18),
            "kinds-act", NAMES);

    private BlockFeatures() {
    }

    /**
     * The features of a set.
     *
     * @throws IllegalArgumentException naming the known sets when {@code name} is not one
     */
    public static List<String> set(String name) {
        List<String> s = SETS.get(name);
        if (s == null) {
            throw new IllegalArgumentException("feature set must be one of "
                    + SETS.keySet().stream().sorted().toList() + ", but was '" + name + "'");
        }
        return s;
    }

    /** All features of a network, in the order of {@link #NAMES}. */
    public static double[] all(List<OpKey> keys, ToDoubleFunction<OpKey> medianMs) {
        double[] v = new double[NAMES.size()];
        v[0] = 1;
        int stage = 0;
        for (OpKey k : keys) {
            double ms = medianMs.applyAsDouble(k);
            v[1] += ms;
            v[2] += 1;
            v[3] += BlockCost.of(k.toBlockSpec()).macs() / 1e6;
            if (k.type() != BlockType.MBCONV) {
                v[4] += ms;
                continue;
            }
            if (k.stride() > 1) {
                stage = Math.min(stage + 1, 2);
            }
            v[5 + stage] += ms;
            v[8 + stage] += 1;
            if (k.se()) {
                v[11] += ms;
                v[12] += 1;
            }
            int act = switch (k.activation()) {
                case RELU -> 0;
                case HARDSWISH -> 1;
                case SILU -> 2;
                default -> -1; // other activations count in the sums above only
            };
            if (act >= 0) {
                v[13 + act] += ms;
                v[20 + act] += activated(k) / 1e6;
            }
            if (k.expand() == 1) {
                v[16] += ms;
            }
            if (k.kernel() >= 7) {
                v[17] += ms;
            } else if (k.kernel() == 5) {
                v[18] += ms;
            }
            if (k.expand() == 3) {
                v[19] += ms;
            }
        }
        return v;
    }

    /** Elements an inverted-residual block's activations run on: after expansion and depthwise. */
    static long activated(OpKey k) {
        long mid = (long) k.inChannels() * k.expand();
        long outHw = (long) ((k.inHeight() - 1) / k.stride() + 1) * ((k.inWidth() - 1) / k.stride() + 1);
        return (k.expand() != 1 ? mid * k.inHeight() * k.inWidth() : 0) + mid * outHw;
    }

    /**
     * The named features of a network.
     *
     * @throws IllegalArgumentException when a name is not a feature
     */
    public static double[] of(List<OpKey> keys, ToDoubleFunction<OpKey> medianMs,
            List<String> names) {
        double[] all = all(keys, medianMs);
        double[] out = new double[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = all[index(names.get(i))];
        }
        return out;
    }

    public static int index(String name) {
        int i = NAMES.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("calibration feature must be one of " + NAMES
                    + ", but was '" + name + "'");
        }
        return i;
    }
}
