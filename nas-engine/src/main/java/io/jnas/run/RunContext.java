package io.jnas.run;

import static java.util.Objects.requireNonNull;

import io.jenetics.Genotype;
import io.jenetics.IntegerGene;
import io.jnas.accuracy.AccuracyEvaluator;
import io.jnas.arch.Design;
import io.jnas.codec.SearchCodec;
import io.jnas.cost.StaticCost;
import io.jnas.latency.LatencyPredictor;
import io.jnas.search.BudgetExhausted;
import io.jnas.search.Candidate;
import io.jnas.search.Evaluation;
import io.jnas.search.SearchContext;
import io.jnas.search.fitness.Constraints;
import io.jnas.search.fitness.MnasnetFitness;
import io.jnas.search.fitness.ParetoObjectives;
import io.jnas.search.fitness.Tournament;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The gate of one run between strategy and the world: de-duplication, constraints, evaluation,
 * the log, checkpoints, and replay of a resumed run's log (each evaluation the log already holds
 * is taken from it after checking that the strategy proposed the same design).
 *
 * @param <D> the kind of design of the run's space
 */
final class RunContext<D extends Design> implements SearchContext {

    /** What the context needs from its run. */
    record Setup<D extends Design>(RunConfig config, RunDirectory directory, SearchCodec<D> codec,
            Map<String, LatencyPredictor> predictors, Supplier<AccuracyEvaluator> evaluator,
            Constraints constraints, MnasnetFitness fitness, ParetoObjectives objectives,
            Tournament tournament, SeededRandom random, List<Evaluation> replay,
            Optional<Checkpoint> stored, RunListener listener, BatchEvaluator batches) {
    }

    private final Setup<D> s;
    private final EvaluationLog log;
    private final List<Evaluation> history = new ArrayList<>();
    private final Map<String, Evaluation> byHash = new HashMap<>();
    /** Asynchronous mode: submitted candidates not finished yet, and their steps. */
    private final Map<String, Running> running = new LinkedHashMap<>();
    private Supplier<List<String>> population = List::of;
    private String strategyName = "";
    private long rejected;
    private long repaired;
    private long duplicates;
    private String stopReason;
    private long evaluatorNanos;
    private long logNanos;

    RunContext(Setup<D> setup, EvaluationLog log) {
        this.s = requireNonNull(setup, "setup");
        this.log = requireNonNull(log, "log");
    }

    void strategy(String name, Supplier<List<String>> populationOf) {
        this.strategyName = name;
        this.population = populationOf;
    }

    @Override
    public SearchCodec<D> codec() {
        return s.codec();
    }

    @Override
    public RandomGenerator random() {
        return s.random();
    }

    @Override
    public int remaining() {
        return s.config().evaluations() - history.size();
    }

    @Override
    public int evaluated() {
        return history.size();
    }

    @Override
    public Candidate candidate(Genotype<IntegerGene> genotype) {
        D a = s.codec().decode(genotype);
        StaticCost cost = s.codec().cost(a);
        Map<String, Double> lat = new LinkedHashMap<>();
        s.predictors().forEach((d, p) -> lat.put(d, p.predictMs(a)));
        return new Candidate(genotype, a, a.hash(), cost, lat,
                s.constraints().violations(cost, lat));
    }

    @Override
    public Optional<Evaluation> known(String hash) {
        return Optional.ofNullable(byHash.get(hash));
    }

    @Override
    public Optional<Candidate> next(Supplier<Genotype<IntegerGene>> proposals) {
        return search(proposals, false, Set.of());
    }

    @Override
    public Optional<Candidate> next(Supplier<Genotype<IntegerGene>> proposals,
            Set<String> pending) {
        return search(proposals, false, pending);
    }

    @Override
    public int batchSize() {
        return s.batches() == null ? 1 : s.batches().batchSize();
    }

    @Override
    public Optional<Candidate> repair(Candidate infeasible,
            Supplier<Genotype<IntegerGene>> proposals) {
        rejected++;
        return search(proposals, true, Set.of());
    }

    private Optional<Candidate> search(Supplier<Genotype<IntegerGene>> proposals,
            boolean repairing, Set<String> pending) {
        String lastViolation = null;
        for (int i = 0; i < s.config().maxProposals(); i++) {
            Candidate c = candidate(proposals.get());
            if (byHash.containsKey(c.hash()) || pending.contains(c.hash())) {
                duplicates++;
            } else if (!c.feasible()) {
                rejected++;
                repairing = true;
                lastViolation = String.join(", ", c.violations());
            } else {
                if (repairing) {
                    repaired++;
                }
                stopReason = null;
                return Optional.of(c);
            }
        }
        stopReason = "no new architecture within the constraints in " + s.config().maxProposals()
                + " proposals (" + RunKey.MAX_PROPOSALS.key() + ")" + (lastViolation == null
                ? "; the space may be exhausted" : "; last rejected: " + lastViolation);
        return Optional.empty();
    }

    @Override
    public Evaluation evaluate(Candidate c, long step) {
        check(c);
        int index = history.size();
        if (index < s.replay().size()) {
            return replay(c);
        }
        if (s.batches() != null) {
            return evaluateAll(List.of(c), List.of(step)).get(0);
        }
        return evaluateHere(c, step);
    }

    /** Evaluates in this process, then logs. */
    private Evaluation evaluateHere(Candidate c, long step) {
        long t0 = System.nanoTime();
        double acc = s.evaluator().get().evaluate(c.design());
        long t1 = System.nanoTime();
        evaluatorNanos += t1 - t0;
        return record(c, step, acc, (t1 - t0) / 1e6);
    }

    @Override
    public List<Evaluation> evaluateAll(List<Candidate> batch, List<Long> steps) {
        if (steps.size() != batch.size()) {
            throw new IllegalArgumentException("steps must have one step per candidate ("
                    + batch.size() + "), but had " + steps.size());
        }
        if (batch.size() > remaining()) {
            throw new BudgetExhausted(s.config().evaluations());
        }
        List<Evaluation> out = new ArrayList<>(batch.size());
        int i = 0;
        for (; i < batch.size() && history.size() < s.replay().size(); i++) {
            out.add(evaluate(batch.get(i), steps.get(i)));
        }
        List<Candidate> rest = batch.subList(i, batch.size());
        if (rest.isEmpty()) {
            return out;
        }
        if (s.batches() == null) {
            for (; i < batch.size(); i++) {
                out.add(evaluate(batch.get(i), steps.get(i)));
            }
            return out;
        }
        Set<String> hashes = new HashSet<>();
        for (Candidate c : rest) {
            check(c);
            if (!hashes.add(c.hash())) {
                throw new IllegalArgumentException("candidate " + c.hash() + " is twice in the"
                        + " batch");
            }
        }
        long t0 = System.nanoTime();
        List<BatchEvaluator.Score> scores = s.batches().evaluate(
                rest.stream().map(Candidate::design).toList());
        evaluatorNanos += System.nanoTime() - t0;
        for (int k = 0; k < rest.size(); k++) {
            out.add(record(rest.get(k), steps.get(i + k), scores.get(k).accuracy(),
                    scores.get(k).wallMs()));
        }
        return out;
    }

    private void check(Candidate c) {
        if (remaining() <= 0) {
            throw new BudgetExhausted(s.config().evaluations());
        }
        if (!c.feasible()) {
            throw new IllegalArgumentException("candidate " + c.hash() + " must be feasible, but "
                    + c.violations());
        }
        if (byHash.containsKey(c.hash())) {
            throw new IllegalArgumentException("candidate " + c.hash() + " was evaluated before");
        }
    }

    /** The next logged evaluation of a resumed run, after checking it is the proposed design. */
    private Evaluation replay(Candidate c) {
        int index = history.size();
        Evaluation e = s.replay().get(index);
        if (!e.hash().equals(c.hash())) {
            throw new ResumeMismatch(s.directory().evaluations() + " entry " + index
                    + " is architecture " + e.hash() + ", but the run now proposes " + c.hash()
                    + " there: the log was made with another config, seed or code version;"
                    + " start a new run instead of resuming this one");
        }
        add(e, true);
        return e;
    }

    /** Logs a new evaluation and appends it to the history. */
    private Evaluation record(Candidate c, long step, double acc, double wallMs) {
        if (!Double.isFinite(acc)) {
            throw new IllegalStateException("evaluator '" + s.config().evaluator()
                    + "' returned " + acc + " for architecture " + c.hash());
        }
        Evaluation e = new Evaluation(history.size(), step, c.hash(), c.design(), acc,
                c.latencyMs(), c.cost().params(), c.cost().macs(), c.cost().peakActivationBytes(),
                s.fitness().of(acc, c.latencyMs()), wallMs);
        long t1 = System.nanoTime();
        log.append(e);
        logNanos += System.nanoTime() - t1;
        add(e, false);
        return e;
    }

    private void add(Evaluation e, boolean replayed) {
        history.add(e);
        byHash.put(e.hash(), e);
        s.listener().evaluated(e, replayed);
        afterEvaluation(replayed);
    }

    private void afterEvaluation(boolean replayed) {
        int n = history.size();
        Optional<Checkpoint> stored = s.stored();
        if (stored.isPresent() && !stored.get().finished() && stored.get().evaluations() == n) {
            verify(stored.get());
        }
        if (!replayed && n % s.config().checkpointEvery() == 0) {
            writeCheckpoint(false);
        }
    }

    private record Running(Candidate candidate, long step) {
    }

    @Override
    public int parallelism() {
        return s.batches() == null ? 1 : s.batches().parallelism();
    }

    @Override
    public void submit(Candidate c, long step) {
        check(c);
        if (running.containsKey(c.hash()) || remaining() <= running.size()) {
            throw running.containsKey(c.hash()) ? new IllegalArgumentException("candidate "
                    + c.hash() + " is running already") : new BudgetExhausted(
                    s.config().evaluations());
        }
        running.put(c.hash(), new Running(c, step));
        if (s.batches() != null) {
            s.batches().submit(c.design());
        }
    }

    @Override
    public Evaluation awaitFinished() {
        if (running.isEmpty()) {
            throw new IllegalStateException("no evaluation is running");
        }
        if (s.batches() == null) {
            Running r = running.remove(running.keySet().iterator().next());
            return evaluateHere(r.candidate(), r.step());
        }
        long t0 = System.nanoTime();
        BatchEvaluator.Finished f = s.batches().awaitAny();
        evaluatorNanos += System.nanoTime() - t0;
        Running r = running.remove(f.hash());
        if (r == null) {
            throw new IllegalStateException("evaluation of " + f.hash() + " finished, but it"
                    + " was not submitted");
        }
        return record(r.candidate(), r.step(), f.score().accuracy(), f.score().wallMs());
    }

    /** Fails when a replay does not reach the state a checkpoint recorded. */
    void verify(Checkpoint stored) {
        Checkpoint now = checkpoint(stored.finished());
        if (!stored.sameState(now)) {
            throw new ResumeMismatch("replaying " + s.directory().path() + " does not reach the"
                    + " state of its checkpoint after " + stored.evaluations() + " evaluations"
                    + " (population, random state or counters differ): the code or config changed"
                    + " since the run was made; start a new run");
        }
    }

    Checkpoint checkpoint(boolean finished) {
        return new Checkpoint(history.size(), strategyName, s.random().seed(), s.random().draws(),
                population.get(), counters(), finished);
    }

    void writeCheckpoint(boolean finished) {
        long t0 = System.nanoTime();
        RunDirectory.writeAtomically(s.directory().checkpoint(), checkpoint(finished).toJson());
        logNanos += System.nanoTime() - t0;
    }

    RunCounters counters() {
        return new RunCounters(rejected, repaired, duplicates);
    }

    List<Evaluation> history() {
        return history;
    }

    String stopReason() {
        return remaining() <= 0 ? "budget of " + s.config().evaluations() + " evaluations spent"
                : stopReason == null ? "the strategy ended" : stopReason;
    }

    long evaluatorNanos() {
        return evaluatorNanos;
    }

    long logNanos() {
        return logNanos;
    }

    @Override
    public Tournament tournament() {
        return s.tournament();
    }

    @Override
    public ParetoObjectives objectives() {
        return s.objectives();
    }
}
