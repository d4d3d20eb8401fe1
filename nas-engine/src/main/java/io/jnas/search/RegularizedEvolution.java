package io.jnas.search;

import io.jenetics.Genotype;
import io.jenetics.IntegerGene;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * architectures do not depend on results: the same history for any batch size). Children come
 * {@code childBatch} at a time: each drawn from the same population, evaluated together, then
 * appended in order (each pushing out the oldest member). With 1, the default, every child's
 * parent is drawn from a population that holds every earlier child (the textbook algorithm);
 * more keeps that many workers busy, with another (equally reproducible) history. A child whose
 * architecture was already evaluated (or breaks a constraint) is mutated again from the same
 * parent; when the run's proposal cap is reached without a new feasible child, a random
 * architecture is tried instead, and when that fails too the search stops (the space, under its
 * constraints, is exhausted).
 *
 * <p>Asynchronous ({@code async}), as Real et al. ran it on 450 workers: as many evaluations as
 * {@link SearchContext#parallelism()} run at once; random architectures until {@code P} were
 * proposed, then each finished evaluation joins the population (the oldest leaves once it holds
 * {@code P}) and a new child of the population as it is then takes its place. Which evaluation
 * finishes first decides the history, so it is not reproducible.
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
    private final int childBatch;
    private final boolean async;
    private final Deque<Member> population = new ArrayDeque<>();

    /** The textbook algorithm: one child per cycle, synchronous. */
    public RegularizedEvolution(int populationSize, int sampleSize, double mutationProbability) {
        this(populationSize, sampleSize, mutationProbability, 1, false);
    }

    /**
     * @param populationSize P, at least 2
     * @param sampleSize S, in [1, P]
     * @param mutationProbability per-gene probability of a change, in [0, 1]
     * @param childBatch children drawn from one population, in [1, P]
     * @param async whether each finished evaluation starts a child at once (childBatch 1)
     */
    public RegularizedEvolution(int populationSize, int sampleSize, double mutationProbability,
            int childBatch, boolean async) {
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
        if (childBatch < 1 || childBatch > populationSize || async && childBatch != 1) {
            throw new IllegalArgumentException("child batch must be in [1, population = "
                    + populationSize + "] (1 when asynchronous), but was " + childBatch);
        }
        this.populationSize = populationSize;
        this.sampleSize = sampleSize;
        this.mutationProbability = mutationProbability;
        this.childBatch = childBatch;
        this.async = async;
    }

    @Override
    public String name() {
        return "regularized";
    }

    @Override
    public void run(SearchContext ctx) {
        if (async) {
            runAsync(ctx);
            return;
        }
        RandomGenerator rng = ctx.random();
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
        ChoiceMutation mutation = new ChoiceMutation(ctx.codec(), mutationProbability);
        long cycle = 0;
        while (ctx.remaining() > 0) {
            int n = Math.min(childBatch, ctx.remaining());
            List<Candidate> children = new ArrayList<>(n);
            Set<String> pending = new HashSet<>();
            List<Long> cycles = new ArrayList<>(n);
            while (children.size() < n) {
                Optional<Candidate> child = child(ctx, mutation, pending);
                if (child.isEmpty()) {
                    break;
                }
                children.add(child.get());
                pending.add(child.get().hash());
                cycles.add(++cycle);
            }
            List<Evaluation> done = ctx.evaluateAll(children, cycles);
            for (int i = 0; i < children.size(); i++) {
                population.addLast(new Member(children.get(i).genotype(), done.get(i)));
                population.removeFirst();
            }
            if (children.size() < n) {
                return;
            }
        }
    }

    /**
     * A mutated tournament winner of the population, else a random architecture; empty when the
     * proposal cap is reached for both. Proposals in {@code pending} count as duplicates.
     */
    private Optional<Candidate> child(SearchContext ctx, ChoiceMutation mutation,
            Set<String> pending) {
        RandomGenerator rng = ctx.random();
        List<Member> sample = sample(rng);
        Member parent = sample.get(ctx.tournament().winner(
                sample.stream().map(Member::evaluation).toList()));
        Optional<Candidate> child = ctx.next(() -> mutation.mutate(parent.genotype(), rng),
                pending);
        return child.isPresent() ? child : ctx.next(() -> ctx.codec().random(rng), pending);
    }

    private void runAsync(SearchContext ctx) {
        ChoiceMutation mutation = new ChoiceMutation(ctx.codec(), mutationProbability);
        Map<String, Genotype<IntegerGene>> running = new HashMap<>();
        long proposed = 0;
        boolean exhausted = false;
        while (true) {
            while (!exhausted && running.size() < ctx.parallelism()
                    && ctx.remaining() > running.size()
                    && (proposed < populationSize || !population.isEmpty())) {
                Optional<Candidate> c = proposed < populationSize
                        ? ctx.next(() -> ctx.codec().random(ctx.random()), running.keySet())
                        : child(ctx, mutation, running.keySet());
                if (c.isEmpty()) {
                    exhausted = true;
                    break;
                }
                // the step of the synchronous run: 0 for the first population, then the cycle
                ctx.submit(c.get(), Math.max(0, proposed - populationSize + 1));
                proposed++;
                running.put(c.get().hash(), c.get().genotype());
            }
            if (running.isEmpty()) {
                return;
            }
            Evaluation done = ctx.awaitFinished();
            population.addLast(new Member(running.remove(done.hash()), done));
            if (population.size() > populationSize) {
                population.removeFirst();
            }
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
