package io.jnas.profile;

import io.jnas.arch.Activation;
import io.jnas.space.StageSpace;
import java.math.BigInteger;
import java.util.List;

/**
 * The choices of one stage, counted: what {@code nas profile} lists per stage.
 *
 * @param blockChoices kernel x expand x activation choices of one block
 * @param subnets distinct settings of the whole stage (depths, channels, se, every block)
 */
public record StageProfile(int index, int stride, List<Integer> depth, List<Integer> channels,
        List<Integer> kernel, List<Integer> expand, List<String> activation, List<Boolean> se,
        long blockChoices, BigInteger subnets) {

    public StageProfile {
        depth = List.copyOf(depth);
        channels = List.copyOf(channels);
        kernel = List.copyOf(kernel);
        expand = List.copyOf(expand);
        activation = List.copyOf(activation);
        se = List.copyOf(se);
    }

    /** Number of choices of depth, channels, kernel, expand, activation, se: "2/2/3/3/3/1". */
    public String choiceCounts() {
        return depth.size() + "/" + channels.size() + "/" + kernel.size() + "/" + expand.size()
                + "/" + activation.size() + "/" + se.size();
    }

    public static StageProfile of(int index, StageSpace s) {
        return new StageProfile(index, s.stride(), s.depth(), s.channels(), s.kernel(), s.expand(),
                s.activation().stream().map(Activation::id).toList(), s.se(), s.blockChoices(),
                s.size());
    }
}
