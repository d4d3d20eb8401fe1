package io.jnas.space;

import io.jnas.arch.Activation;
import java.math.BigInteger;
import java.util.List;

/**
 * The choices of one stage. Channels and squeeze-excite are chosen once per stage; kernel,
 * expansion and activation once per block; the first block of a stage carries its stride.
 */
public record StageSpace(
        List<Integer> depth,
        List<Integer> channels,
        int stride,
        List<Integer> kernel,
        List<Integer> expand,
        List<Activation> activation,
        List<Boolean> se) {

    public StageSpace {
        depth = List.copyOf(depth);
        channels = List.copyOf(channels);
        kernel = List.copyOf(kernel);
        expand = List.copyOf(expand);
        activation = List.copyOf(activation);
        se = List.copyOf(se);
    }

    public int maxDepth() {
        return depth.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    /** Choices per block: kernel x expand x activation. */
    public long blockChoices() {
        return (long) kernel.size() * expand.size() * activation.size();
    }

    /** Number of distinct subnets of this stage. */
    public BigInteger size() {
        BigInteger perBlock = BigInteger.valueOf(blockChoices());
        BigInteger total = BigInteger.ZERO;
        for (int d : depth) {
            total = total.add(perBlock.pow(d));
        }
        return total.multiply(BigInteger.valueOf((long) channels.size() * se.size()));
    }
}
