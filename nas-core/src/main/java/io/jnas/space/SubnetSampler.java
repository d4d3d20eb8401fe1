package io.jnas.space;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Distinct random subnets: the one way every caller draws N different subnets (eval-bench's
 * candidates, the supernet reference's subnets, workers-bench's designs). A subnet is drawn by
 * {@link SearchSpace#sample} (uniform per gene) or, for a caller that draws genotypes, by its own
 * draw function; subnets are told apart by their architecture hash and kept in the order drawn.
 * The search itself draws with its codec ({@code SearchCodec.random}) and keeps that order, so a
 * run's history does not change.
 *
 * <pre>{@code List<SubnetChoice> c = SubnetSampler.distinct(space, 20, 2024, "--k");}</pre>
 */
public final class SubnetSampler {

    /** Draws allowed per wanted subnet before giving up (a small space may not have N). */
    public static final int DRAWS_PER_SUBNET = 100;

    private SubnetSampler() {
    }

    /**
     * {@code count} distinct subnets of {@code space}, drawn from {@code new Random(seed)}: the
     * order the committed reference tables were drawn in (benchmarks/reference/*.csv).
     *
     * @param what the option that asked for {@code count}, for the message
     * @throws IllegalArgumentException when {@link #DRAWS_PER_SUBNET} draws per subnet find fewer
     */
    public static List<SubnetChoice> distinct(SearchSpace space, int count, long seed,
            String what) {
        Random rng = new Random(seed);
        return distinct(count, () -> space.sample(rng), c -> space.resolve(c).hash(), what,
                "space '" + space.name() + "'");
    }

    /**
     * {@code count} distinct draws by {@code key}, in the order drawn.
     *
     * @param what the option that asked for {@code count}, for the message
     * @param where what is drawn from, for the message
     * @throws IllegalArgumentException when {@link #DRAWS_PER_SUBNET} draws per subnet find fewer
     */
    public static <T> List<T> distinct(int count, Supplier<? extends T> draw,
            Function<? super T, String> key, String what, String where) {
        requireNonNull(draw, "draw");
        requireNonNull(key, "key");
        long maxDraws = (long) count * DRAWS_PER_SUBNET;
        Map<String, T> out = new LinkedHashMap<>();
        for (long tries = 0; out.size() < count && tries < maxDraws; tries++) {
            T t = draw.get();
            out.putIfAbsent(key.apply(t), t);
        }
        if (out.size() < count) {
            throw new IllegalArgumentException(what + " must be at most the distinct subnets found"
                    + " in " + where + " (" + out.size() + " after " + maxDraws + " draws), but was "
                    + count);
        }
        return new ArrayList<>(out.values());
    }
}
