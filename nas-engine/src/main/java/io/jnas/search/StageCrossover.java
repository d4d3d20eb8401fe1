package io.jnas.search;

import static java.util.Objects.requireNonNull;

import io.jenetics.Chromosome;
import io.jenetics.Genotype;
import io.jenetics.IntegerGene;
import io.jenetics.Phenotype;
import io.jenetics.Recombinator;
import io.jenetics.util.MSeq;
import io.jenetics.util.RandomRegistry;
import io.jnas.codec.SearchCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Uniform crossover of whole stages: for two parents, each stage (its depth, channels, se and
 * block-slot chromosomes together) is swapped with probability 1/2. Jenetics' own crossovers
 * recombine one chromosome per pair, and a {@link io.jnas.codec.SpaceCodec} has six small
 * chromosomes per stage, so they would barely mix parents; a stage is also the unit that makes
 * sense to inherit whole. The units come from the codec ({@link SearchCodec#crossoverUnits()}):
 * a cell codec's units are its edges, so there this is uniform crossover of edges.
 *
 * @param <C> the fitness type
 */
public final class StageCrossover<C extends Comparable<? super C>>
        extends Recombinator<IntegerGene, C> {

    private final List<List<Integer>> units;

    /**
     * @param codec the layout of the genotypes
     * @param probability probability that an individual is chosen for recombination
     */
    public StageCrossover(SearchCodec<?> codec, double probability) {
        super(probability, 2);
        this.units = requireNonNull(codec, "codec").crossoverUnits();
    }

    @Override
    protected int recombine(MSeq<Phenotype<IntegerGene, C>> population, int[] individuals,
            long generation) {
        RandomGenerator rng = RandomRegistry.random();
        Genotype<IntegerGene> a = population.get(individuals[0]).genotype();
        Genotype<IntegerGene> b = population.get(individuals[1]).genotype();
        List<Chromosome<IntegerGene>> ca = new ArrayList<>(a.length());
        List<Chromosome<IntegerGene>> cb = new ArrayList<>(b.length());
        for (List<Integer> unit : units) {
            boolean swap = rng.nextBoolean();
            for (int c : unit) {
                ca.add(swap ? b.get(c) : a.get(c));
                cb.add(swap ? a.get(c) : b.get(c));
            }
        }
        population.set(individuals[0], Phenotype.of(Genotype.of(ca), generation));
        population.set(individuals[1], Phenotype.of(Genotype.of(cb), generation));
        return 2;
    }
}
