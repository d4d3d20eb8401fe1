package io.jnas.space;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Every subnet of a small space, in a fixed order: ground truth for exhaustive checks (the size
 * of a space, the exact optimum of a tiny search, the lowest cost of a constraint).
 *
 * <pre>{@code List<SubnetChoice> all = SubnetEnumeration.all(space, 100_000);}</pre>
 */
public final class SubnetEnumeration {

    private SubnetEnumeration() {
    }

    /**
     * All subnets of {@code space}.
     *
     * @param limit the most subnets the caller is ready to hold
     * @throws IllegalArgumentException when the space holds more than {@code limit} subnets
     */
    public static List<SubnetChoice> all(SearchSpace space, int limit) {
        BigInteger size = space.size();
        if (size.compareTo(BigInteger.valueOf(limit)) > 0) {
            throw new IllegalArgumentException("space '" + space.name() + "' must hold at most "
                    + limit + " subnets to be enumerated, but holds " + size);
        }
        List<SubnetChoice> out = new ArrayList<>(size.intValueExact());
        extend(space, 0, new ArrayList<>(), out);
        return out;
    }

    private static void extend(SearchSpace space, int stage, List<SubnetChoice.Stage> prefix,
            List<SubnetChoice> out) {
        if (stage == space.stages().size()) {
            out.add(new SubnetChoice(prefix));
            return;
        }
        StageSpace s = space.stages().get(stage);
        for (int channels : s.channels()) {
            for (boolean se : s.se()) {
                for (int depth : s.depth()) {
                    for (List<SubnetChoice.Block> blocks : blockLists(s, depth)) {
                        prefix.add(new SubnetChoice.Stage(channels, se, blocks));
                        extend(space, stage + 1, prefix, out);
                        prefix.remove(prefix.size() - 1);
                    }
                }
            }
        }
    }

    /** Every sequence of {@code depth} block choices of a stage. */
    private static List<List<SubnetChoice.Block>> blockLists(StageSpace s, int depth) {
        List<List<SubnetChoice.Block>> lists = List.of(List.of());
        for (int j = 0; j < depth; j++) {
            List<List<SubnetChoice.Block>> next = new ArrayList<>();
            for (List<SubnetChoice.Block> prefix : lists) {
                for (int k : s.kernel()) {
                    for (int e : s.expand()) {
                        for (var a : s.activation()) {
                            List<SubnetChoice.Block> longer = new ArrayList<>(prefix);
                            longer.add(new SubnetChoice.Block(k, e, a));
                            next.add(List.copyOf(longer));
                        }
                    }
                }
            }
            lists = next;
        }
        return lists;
    }
}
