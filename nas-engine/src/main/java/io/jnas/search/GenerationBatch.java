package io.jnas.search;

import static java.util.Objects.requireNonNull;

import io.jenetics.IntegerGene;
import io.jenetics.Phenotype;
import io.jenetics.engine.Evaluator;
import io.jenetics.ext.moea.Vec;
import io.jenetics.util.ISeq;
import io.jenetics.util.Seq;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Evaluates the new phenotypes of a Jenetics generation as one batch
 * ({@link SearchContext#evaluateAll}), so workers evaluate a generation's offspring at once.
 * The history is the one of Jenetics' own evaluator calling the fitness function on each
 * phenotype in turn: no random draw happens during evaluation (alteration and repair come
 * before), new architectures are evaluated in the population's order, a repeated one takes the
 * first's result, the budget stops the batch where one-at-a-time evaluation would have thrown,
 * and the result keeps the population order of {@code io.jenetics.engine.FitnessEvaluator}
 * (evaluated phenotypes first, then the new ones).
 */
final class GenerationBatch implements Evaluator<IntegerGene, Vec<double[]>> {

    private final SearchContext ctx;
    private final LongSupplier generation;

    /** @param generation the step recorded with each evaluation */
    GenerationBatch(SearchContext ctx, LongSupplier generation) {
        this.ctx = requireNonNull(ctx, "ctx");
        this.generation = requireNonNull(generation, "generation");
    }

    @Override
    public ISeq<Phenotype<IntegerGene, Vec<double[]>>> eval(
            Seq<Phenotype<IntegerGene, Vec<double[]>>> population) {
        List<Phenotype<IntegerGene, Vec<double[]>>> todo = population.stream()
                .filter(Phenotype::nonEvaluated).toList();
        if (todo.isEmpty()) {
            return population.asISeq();
        }
        List<Candidate> candidates = todo.stream().map(pt -> ctx.candidate(pt.genotype()))
                .toList();
        List<Candidate> fresh = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean spent = false;
        for (Candidate c : candidates) {
            if (ctx.known(c.hash()).isPresent() || !seen.add(c.hash())) {
                continue;
            }
            if (fresh.size() == ctx.remaining()) {
                spent = true; // one at a time, this evaluation would throw
                break;
            }
            fresh.add(c);
        }
        ctx.evaluateAll(fresh, Collections.nCopies(fresh.size(), generation.getAsLong()));
        if (spent) {
            throw new BudgetExhausted(ctx.evaluated());
        }
        List<Phenotype<IntegerGene, Vec<double[]>>> done = new ArrayList<>(todo.size());
        for (int i = 0; i < todo.size(); i++) {
            Evaluation e = ctx.known(candidates.get(i).hash()).orElseThrow();
            done.add(todo.get(i).withFitness(Vec.of(ctx.objectives().vector(e))));
        }
        if (todo.size() == population.size()) {
            return ISeq.of(done);
        }
        return population.stream().filter(Phenotype::isEvaluated).collect(ISeq.toISeq())
                .append(done);
    }
}
