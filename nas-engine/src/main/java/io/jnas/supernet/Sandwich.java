package io.jnas.supernet;

import io.jnas.arch.Activation;
import io.jnas.space.SearchSpace;
import io.jnas.space.StageSpace;
import io.jnas.space.SubnetChoice;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The subnets of one sandwich step (BigNAS, once-for-all): the largest, the smallest and n random
 * ones. Largest and smallest are the extremes of every ordered choice (depth, width, kernel,
 * expansion, and squeeze-excite: on in the largest, off in the smallest); activation has no order,
 * so each of their blocks draws one per step. {@link SearchSpace#maximal()} takes each stage's
 * first activation and no squeeze-excite: a sandwich of it would train the hardswish, silu and SE
 * paths only when a random subnet happens to draw them, and distil every subnet from a relu
 * teacher without SE.
 *
 * <pre>{@code
 * List<SubnetChoice> step = Sandwich.of(space, 2, seed, step);  // largest, smallest, 2 random
 * }</pre>
 */
public final class Sandwich {

    private Sandwich() {
    }

    /** Largest, smallest, then {@code random} random subnets; the draws depend on seed and step. */
    public static List<SubnetChoice> of(SearchSpace space, int random, long seed, int step) {
        SplittableRandom rng = new SplittableRandom(seed * 7_919L + step);
        List<SubnetChoice> out = new ArrayList<>();
        out.add(extreme(space, true, l -> l.get(rng.nextInt(l.size()))));
        out.add(extreme(space, false, l -> l.get(rng.nextInt(l.size()))));
        for (int i = 0; i < random; i++) {
            out.add(space.sample(rng));
        }
        return out;
    }

    /** The largest subnet with squeeze-excite where allowed and each stage's first activation. */
    public static SubnetChoice largest(SearchSpace space) {
        return extreme(space, true, l -> l.get(0));
    }

    /** The smallest subnet, without squeeze-excite where allowed, each stage's first activation. */
    public static SubnetChoice smallest(SearchSpace space) {
        return extreme(space, false, l -> l.get(0));
    }

    private static SubnetChoice extreme(SearchSpace space, boolean large,
            Function<List<Activation>, Activation> activation) {
        List<SubnetChoice.Stage> stages = new ArrayList<>();
        for (StageSpace s : space.stages()) {
            int depth = pick(s.depth(), large);
            List<SubnetChoice.Block> blocks = new ArrayList<>();
            for (int j = 0; j < depth; j++) {
                blocks.add(new SubnetChoice.Block(pick(s.kernel(), large),
                        pick(s.expand(), large), activation.apply(s.activation())));
            }
            boolean se = s.se().contains(large) ? large : s.se().get(0);
            stages.add(new SubnetChoice.Stage(pick(s.channels(), large), se, blocks));
        }
        return new SubnetChoice(stages);
    }

    private static int pick(List<Integer> values, boolean large) {
        return large ? Collections.max(values) : Collections.min(values);
    }
}
