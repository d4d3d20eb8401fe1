package io.jnas.search;

import io.jenetics.Genotype;
import io.jenetics.IntegerGene;
import io.jnas.codec.SearchCodec;
import io.jnas.search.fitness.ParetoObjectives;
import io.jnas.search.fitness.Tournament;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * What a strategy sees of a run: the codec, the run's random generator, the budget, and the
 * gate every proposal passes (de-duplication, constraints, evaluation, logging, replay).
 *
 * <pre>{@code
 * Optional<Candidate> c = context.next(() -> codec.random(context.random()));
 * c.ifPresent(candidate -> population.add(context.evaluate(candidate, step)));
 * }</pre>
 */
public interface SearchContext {

    SearchCodec<?> codec();

    /** The run's seeded generator; the only source of randomness a strategy may use. */
    RandomGenerator random();

    /** Evaluations left in the budget. */
    int remaining();

    /** Evaluations done so far (including those replayed from the log on resume). */
    int evaluated();

    /** Decodes a genotype and computes its cost, predicted latency and broken constraints. */
    Candidate candidate(Genotype<IntegerGene> genotype);

    /** The evaluation of a design already evaluated in this run. */
    Optional<Evaluation> known(String hash);

    /**
     * The first proposal that is feasible and not evaluated yet. Infeasible proposals are
     * counted as rejected (and the result as repaired), evaluated ones as duplicates. Gives up
     * after the run's proposal cap and returns empty; the run reports why it stopped.
     */
    Optional<Candidate> next(Supplier<Genotype<IntegerGene>> proposals);

    /**
     * As {@link #next(Supplier)}, but proposals whose hash is in {@code pending} (proposed for
     * the same batch, not evaluated yet) count as duplicates too: a batch proposed this way is
     * what one-at-a-time proposing and evaluating would have chosen.
     */
    Optional<Candidate> next(Supplier<Genotype<IntegerGene>> proposals, Set<String> pending);

    /**
     * How many candidates a strategy may propose before it needs their results: 1 when the run
     * evaluates in its own process (one at a time, as always), more when workers evaluate.
     */
    default int batchSize() {
        return 1;
    }

    /**
     * Evaluates candidates proposed together ({@link #next(Supplier, Set)}), appending them to
     * the history in their order: the same history as {@link #evaluate} on each in turn, but
     * workers may evaluate them at once.
     *
     * @param steps the strategy's step of each candidate
     * @throws BudgetExhausted when the batch is larger than {@link #remaining()}
     */
    List<Evaluation> evaluateAll(List<Candidate> batch, List<Long> steps);

    /**
     * Replaces an infeasible candidate by the first feasible new proposal (counted as rejected,
     * then repaired); empty when the proposal cap is reached.
     */
    Optional<Candidate> repair(Candidate infeasible, Supplier<Genotype<IntegerGene>> proposals);

    /**
     * Evaluates a feasible candidate not evaluated yet (or takes its result from the log when a
     * resumed run replays), appends it to the run's history and returns it.
     *
     * @throws BudgetExhausted when {@link #remaining()} is 0
     * @throws IllegalArgumentException when the candidate is infeasible or already evaluated
     */
    Evaluation evaluate(Candidate candidate, long step);

    /**
     * Asynchronous mode: how many evaluations may run at once now (1 in process; with workers,
     * enough to keep every live worker busy).
     */
    default int parallelism() {
        return 1;
    }

    /**
     * Asynchronous mode: starts evaluating a feasible new candidate and returns at once; its
     * result comes from {@link #awaitFinished()}. Not reproducible with workers: the history
     * follows the order in which evaluations finish.
     *
     * @throws BudgetExhausted when the budget is spent by the history and what is running
     */
    void submit(Candidate candidate, long step);

    /**
     * Asynchronous mode: waits for the next submitted evaluation to finish, appends it to the
     * history and returns it.
     *
     * @throws IllegalStateException when nothing is running
     */
    Evaluation awaitFinished();

    /** How a strategy with a tournament picks a parent (scalar fitness or Pareto dominance). */
    Tournament tournament();

    /** The objective vector of multi-objective strategies. */
    ParetoObjectives objectives();
}
