package io.jnas.search;

import static java.util.Objects.requireNonNull;

import io.jenetics.Genotype;
import io.jenetics.IntegerGene;
import io.jnas.codec.Locus;
import io.jnas.codec.SearchCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * The 1-edit neighbourhood of a design: every genotype that differs from it in exactly one gene
 * the design depends on (local search's neighbourhood, White et al., "Local search is state of
 * the art for NAS benchmarks", 2020). Needs only the codec's gene layout, so block-list and cell
 * spaces alike; in the order of {@link SearchCodec#activeLoci}, then of the gene's values.
 *
 * <pre>{@code
 * for (Genotype<IntegerGene> g : Neighbours.of(codec, incumbent)) { ... }
 * }</pre>
 */
final class Neighbours {

    private Neighbours() {
    }

    /** Every genotype one active choice away from {@code genotype}. */
    static List<Genotype<IntegerGene>> of(SearchCodec<?> codec, Genotype<IntegerGene> genotype) {
        requireNonNull(codec, "codec");
        requireNonNull(genotype, "genotype");
        List<Genotype<IntegerGene>> out = new ArrayList<>();
        for (Locus s : codec.activeLoci(genotype)) {
            int[][] v = codec.values(genotype);
            int own = v[s.chromosome()][s.gene()];
            for (int value = 0; value < s.choices(); value++) {
                if (value != own) {
                    v[s.chromosome()][s.gene()] = value;
                    out.add(codec.genotype(v));
                }
            }
        }
        return out;
    }
}
