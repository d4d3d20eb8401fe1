package io.jnas.supernet;

import io.jnas.space.SearchSpace;
import io.jnas.space.SubnetChoice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Distinct random subnets of a space, drawn uniformly per gene from a seed. */
public final class RandomSubnets {

    private RandomSubnets() {
    }

    /**
     * {@code count} distinct choices (by architecture hash), in the order drawn.
     *
     * @throws IllegalArgumentException when 100 draws per wanted subnet find fewer
     */
    public static List<SubnetChoice> distinct(SearchSpace s, int count, long seed) {
        Random rng = new Random(seed);
        Map<String, SubnetChoice> out = new LinkedHashMap<>();
        for (int tries = 0; out.size() < count && tries < count * 100; tries++) {
            SubnetChoice c = s.sample(rng);
            out.putIfAbsent(s.resolve(c).hash(), c);
        }
        if (out.size() < count) {
            throw new IllegalArgumentException("count must be at most the distinct subnets found in"
                    + " space '" + s.name() + "' (" + out.size() + " after " + count * 100
                    + " draws), but was " + count);
        }
        return new ArrayList<>(out.values());
    }
}
