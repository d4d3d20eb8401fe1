package io.jnas.search;

import io.jenetics.Genotype;
import io.jenetics.IntegerGene;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Regularized (aging) evolution (Real et al. 2019), one child per cycle, as in NNI and ModelOpt:
 *
 * <ol>
 *   <li>Fill a population of {@code P} with uniformly random architectures.</li>
 *   <li>Each cycle: sample {@code S} distinct members uniformly, the tournament winner is the
 *       parent; the child is the parent mutated ({@link ChoiceMutation}); evaluate it, append it
 *       to the population and remove the <em>oldest</em> member (not the worst).</li>
 * </ol>
 *
 * <p>The first population is proposed in batches of {@link SearchContext#batchSize()} (random
 * architectures do not depend on results: the same history for any batch size). Children are
 * evaluated one at a time, so the population a parent is drawn from always holds every earlier
 * child. A child whose architecture was already evaluated (or breaks a
 * constraint) is mutated again from the same parent; when the run's proposal cap is reached
 * without a new feasible child, a random architecture is tried instead, and when that fails too
 * the search stops (the space, under its constraints, is exhausted).
 *
 * <pre>{@code
 * SearchStrategy re = new RegularizedEvolution(100, 25, 0.05);
 * }</pre>
 */
public final class RegularizedEvolution implements SearchStrategy {

    private record Member(Genotype<IntegerGene> genotype, Evaluation evaluation) {
    }

    private final int populationSize;
    private final int sampleSize;
    private final double mutationProbability;
    private final Deque<Member> population = new ArrayDeque<>();

    /**
     * @param populationSize P, at least 2
     * @param sampleSize S, in [1, P]
     * @param mutationProbability per-gene probability of a change, in [0, 1]
     */
    public RegularizedEvolution(int populationSize, int sampleSize, double mutationProbability) {
        if (populationSize < 2) {
            throw new IllegalArgumentException("population must be >= 2, but was "
                    + populationSize);
        }
        if (sampleSize < 1 || sampleSize > populationSize) {
            throw new IllegalArgumentException("sample size must be in [1, population = "
                    + populationSize + "], but was " + sampleSize);
        }
        if (!(mutationProbability >= 0 && mutationProbability <= 1)) {
            throw new IllegalArgumentException("mutation must be in [0, 1], but was "
                    + mutationProbability);
        }
        this.populationSize = populationSize;
        this.sampleSize = sampleSize;
        this.mutationProbability = mutationProbability;
    }

    @Override
    public String name() {
        return "regularized";
    }

    @Override
    public void run(SearchContext ctx) {
        RandomGenerator rng = ctx.random();
        ChoiceMutation mutation = new ChoiceMutation(ctx.codec(), mutationProbability);
        Supplier<Genotype<IntegerGene>> random = () -> ctx.codec().random(rng);
        while (ctx.remaining() > 0 && population.size() < populationSize) {
            int n = Math.min(ctx.batchSize(),
                    Math.min(ctx.remaining(), populationSize - population.size()));
            List<Candidate> batch = Proposals.batch(ctx, random, n);
            List<Evaluation> done = ctx.evaluateAll(batch, Proposals.steps(batch.size(), 0));
            for (int i = 0; i < batch.size(); i++) {
                population.addLast(new Member(batch.get(i).genotype(), done.get(i)));
            }
            if (batch.size() < n) {
                return;
            }
        }
        long cycle = 0;
        while (ctx.remaining() > 0) {
            cycle++;
            List<Member> sample = sample(rng);
            Member parent = sample.get(ctx.tournament().winner(
                    sample.stream().map(Member::evaluation).toList()));
            Optional<Candidate> child = ctx.next(() -> mutation.mutate(parent.genotype(), rng));
            if (child.isEmpty()) {
                child = ctx.next(random);
            }
            if (child.isEmpty()) {
                return;
            }
            population.addLast(new Member(child.get().genotype(), ctx.evaluate(child.get(), cycle)));
            population.removeFirst();
        }
    }

    /** S distinct members, drawn by a partial Fisher-Yates shuffle of the indices. */
    private List<Member> sample(RandomGenerator rng) {
        List<Member> members = new ArrayList<>(population);
        int n = members.size();
        int k = Math.min(sampleSize, n);
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            Member t = members.get(i);
            members.set(i, members.get(j));
            members.set(j, t);
        }
        return members.subList(0, k);
    }

    @Override
    public List<String> population() {
        return population.stream().map(m -> m.evaluation().hash()).toList();
    }
}
