package io.jnas.search;

import io.jenetics.Genotype;
import io.jenetics.IntegerGene;
import io.jenetics.Mutator;
import io.jenetics.Phenotype;
import io.jenetics.TournamentSelector;
import io.jenetics.engine.Constraint;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.engine.EvolutionStart;
import io.jenetics.ext.moea.NSGA2Selector;
import io.jenetics.ext.moea.Vec;
import io.jenetics.util.Factory;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * NSGA-II over the run's objective vector ({@link io.jnas.search.fitness.ParetoObjectives}) on a
 * Jenetics engine: survivors chosen by non-dominated sorting and crowding distance
 * ({@link NSGA2Selector}), parents by binary tournament on Pareto dominance, children by
 * {@link StageCrossover} and Jenetics' {@link Mutator}. As in Jenetics, a generation keeps
 * {@code P/2} survivors of the old population and adds {@code P/2} altered offspring.
 *
 * <p>The engine runs on the calling thread ({@code executor(Runnable::run)}), so evaluation order
 * and random draws are fixed by the seed. The new architectures of a generation are evaluated as
 * one batch ({@link GenerationBatch}: workers evaluate them at once), with the history of
 * evaluating them one at a time. A phenotype whose architecture was evaluated before
 * gets its recorded fitness without spending budget; the run stops when the budget is spent
 * (mid-generation) or after {@value #STALL_GENERATIONS} generations without a new architecture.
 * Phenotypes never age out, so the best survive.
 */
public final class Nsga2Search implements SearchStrategy {

    /** Generations without a new architecture after which the search gives up. */
    public static final int STALL_GENERATIONS = 50;

    private final int populationSize;
    private final double mutationProbability;
    private final double crossoverProbability;
    private volatile List<String> population = List.of();
    private long generation;

    /**
     * @param populationSize P, at least 2
     * @param mutationProbability per-gene probability of a new value, in [0, 1]
     * @param crossoverProbability probability an offspring is recombined, in [0, 1]
     */
    public Nsga2Search(int populationSize, double mutationProbability,
            double crossoverProbability) {
        if (populationSize < 2) {
            throw new IllegalArgumentException("population must be >= 2, but was "
                    + populationSize);
        }
        for (double p : new double[] {mutationProbability, crossoverProbability}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("probabilities must be in [0, 1], but was "
                        + p);
            }
        }
        this.populationSize = populationSize;
        this.mutationProbability = mutationProbability;
        this.crossoverProbability = crossoverProbability;
    }

    @Override
    public String name() {
        return "nsga2";
    }

    @Override
    public void run(SearchContext ctx) {
        Supplier<Genotype<IntegerGene>> random = () -> ctx.codec().random(ctx.random());
        Factory<Genotype<IntegerGene>> factory = () -> ctx.next(random)
                .orElseThrow(NoNewCandidate::new).genotype();
        Constraint<IntegerGene, Vec<double[]>> constraint = Constraint.of(
                pt -> ctx.candidate(pt.genotype()).feasible(),
                (pt, gen) -> Phenotype.of(ctx.repair(ctx.candidate(pt.genotype()), random)
                        .orElseThrow(NoNewCandidate::new).genotype(), gen));
        Engine<IntegerGene, Vec<double[]>> engine = new Engine.Builder<>(
                new GenerationBatch(ctx, () -> generation), factory)
                .populationSize(populationSize)
                .offspringFraction(0.5)
                .alterers(new StageCrossover<>(ctx.codec(), crossoverProbability),
                        new Mutator<>(mutationProbability))
                .offspringSelector(new TournamentSelector<>(2))
                .survivorsSelector(NSGA2Selector.ofVec())
                .constraint(constraint)
                .maximalPhenotypeAge(Integer.MAX_VALUE)
                .executor(Runnable::run)
                .build();
        EvolutionStart<IntegerGene, Vec<double[]>> start = EvolutionStart.empty();
        int stalled = 0;
        try {
            while (ctx.remaining() > 0 && stalled < STALL_GENERATIONS) {
                generation++;
                int before = ctx.evaluated();
                EvolutionResult<IntegerGene, Vec<double[]>> r = engine.evolve(start);
                population = r.population().stream()
                        .map(pt -> ctx.candidate(pt.genotype()).hash()).toList();
                start = r.next();
                stalled = ctx.evaluated() > before ? 0 : stalled + 1;
            }
        } catch (RuntimeException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof BudgetExhausted || cause instanceof NoNewCandidate) {
                return; // spent mid-generation, or the space under its constraints is exhausted
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Jenetics wraps what the fitness function throws; callers should see the original. */
    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    @Override
    public List<String> population() {
        return population;
    }

    /** No feasible new architecture within the proposal cap; the context recorded why. */
    private static final class NoNewCandidate extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoNewCandidate() {
            super(null, null, false, false);
        }
    }
}
