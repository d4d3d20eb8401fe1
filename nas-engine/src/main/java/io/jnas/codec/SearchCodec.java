package io.jnas.codec;

import io.jenetics.Genotype;
import io.jenetics.IntegerGene;
import io.jnas.arch.Design;
import io.jnas.cost.StaticCost;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * What the search needs of one kind of search space: a layout of {@link IntegerGene}s (each an
 * index into a choice list), random genotypes, the genes a design depends on (for mutation), the
 * chromosome groups inherited together (for crossover), and decoding to a {@link Design} with its
 * static cost. Strategies see only this; the run also reads logged designs back with
 * {@link #read}. {@link SpaceCodec} is the block-list space, {@link CellCodec} the NAS-Bench-201
 * cell space.
 *
 * <pre>{@code
 * SearchCodec<?> codec = SearchCodecs.load(Path.of("configs/spaces/nb201.yaml"));
 * Genotype<IntegerGene> g = codec.random(rng);
 * Design d = codec.decode(g);      // always a valid design of the space
 * }</pre>
 *
 * @param <D> the kind of design its genotypes decode to
 */
public interface SearchCodec<D extends Design> {

    /** The space's name, as in its file. */
    String spaceName();

    /** Stable hash of the space's content (a resumed run checks it). */
    String spaceHash();

    /** A genotype with every gene drawn uniformly from its range. */
    Genotype<IntegerGene> random(RandomGenerator rng);

    /** Every gene of the layout, chromosome by chromosome. */
    List<Locus> loci();

    /** The genes that the decoded design depends on, in the order of {@link #loci()}. */
    List<Locus> activeLoci(Genotype<IntegerGene> genotype);

    /**
     * Gene values as arrays, one per chromosome.
     *
     * @throws IllegalArgumentException when the genotype does not have this codec's layout
     */
    int[][] values(Genotype<IntegerGene> genotype);

    /**
     * A genotype from gene values, one array per chromosome.
     *
     * @throws IllegalArgumentException when the arrays do not have this codec's layout
     */
    Genotype<IntegerGene> genotype(int[][] values);

    /** Chromosome indices inherited together by crossover, unit by unit, in genotype order. */
    List<List<Integer>> crossoverUnits();

    /** The design a genotype stands for. */
    D decode(Genotype<IntegerGene> genotype);

    /** Parameters, MACs and peak activation memory of a design. */
    StaticCost cost(D design);

    /**
     * A design from its canonical JSON (as logged).
     *
     * @throws IllegalArgumentException when the JSON is not a design of this kind
     */
    D read(String json);

    /** The middle design of the space: the default latency target of MnasNet fitness. */
    D reference();

    /** The largest design of the space: the reference point of hypervolumes. */
    D largest();
}
