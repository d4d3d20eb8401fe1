package io.jnas.supernet;

import io.jnas.space.SearchSpace;
import io.jnas.space.SubnetChoice;
import io.jnas.space.SubnetSampler;
import java.util.List;

/**
 * Distinct random subnets of a space, drawn uniformly per gene from a seed: {@link SubnetSampler}
 * under the name the supernet code and its tests use.
 */
public final class RandomSubnets {

    private RandomSubnets() {
    }

    /**
     * {@code count} distinct choices (by architecture hash), in the order drawn.
     *
     * @throws IllegalArgumentException when 100 draws per wanted subnet find fewer
     */
    public static List<SubnetChoice> distinct(SearchSpace s, int count, long seed) {
        return SubnetSampler.distinct(s, count, seed, "count");
    }
}
