package io.jnas.search;

import static java.util.Objects.requireNonNull;

import io.jenetics.Genotype;
import io.jenetics.IntegerGene;
import io.jnas.codec.Locus;
import io.jnas.codec.SearchCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Mutation of regularized evolution: every gene changes with probability {@code p} to a
 * different value of its range, and when no gene that the architecture depends on has changed,
 * one of them (chosen uniformly) is changed, so a child always differs from its parent in at
 * least one active choice. Genes of unused block slots drift with the same probability; they
 * matter again once the depth grows. Works on any {@link SearchCodec}: it needs only where the
 * genes are, how many values each has, and which ones the design depends on.
 *
 * <pre>{@code
 * Genotype<IntegerGene> child = new ChoiceMutation(codec, 0.05).mutate(parent, rng);
 * }</pre>
 */
public final class ChoiceMutation {

    private final SearchCodec<?> codec;
    private final double probability;

    public ChoiceMutation(SearchCodec<?> codec, double probability) {
        this.codec = requireNonNull(codec, "codec");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("mutation probability must be in [0, 1], but was "
                    + probability);
        }
        this.probability = probability;
    }

    public double probability() {
        return probability;
    }

    /** A mutated copy of {@code parent}; the parent itself when no gene has two values. */
    public Genotype<IntegerGene> mutate(Genotype<IntegerGene> parent, RandomGenerator rng) {
        int[][] v = codec.values(parent);
        List<Locus> active = codec.activeLoci(parent);
        boolean changed = false;
        int a = 0;
        for (Locus s : codec.loci()) {
            boolean isActive = a < active.size() && active.get(a).equals(s);
            if (isActive) {
                a++;
            }
            if (s.choices() > 1 && rng.nextDouble() < probability) {
                v[s.chromosome()][s.gene()] = other(v[s.chromosome()][s.gene()], s.choices(), rng);
                changed |= isActive;
            }
        }
        if (!changed) {
            List<Locus> mutable = new ArrayList<>();
            for (Locus s : active) {
                if (s.choices() > 1) {
                    mutable.add(s);
                }
            }
            if (mutable.isEmpty()) {
                return parent;
            }
            Locus s = mutable.get(rng.nextInt(mutable.size()));
            v[s.chromosome()][s.gene()] = other(v[s.chromosome()][s.gene()], s.choices(), rng);
        }
        return codec.genotype(v);
    }

    /** A value in [0, n) other than {@code current}, uniformly. */
    private static int other(int current, int n, RandomGenerator rng) {
        int x = rng.nextInt(n - 1);
        return x >= current ? x + 1 : x;
    }
}
