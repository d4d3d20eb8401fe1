package io.jnas.search;

import static java.util.Objects.requireNonNull;

import io.jenetics.Genotype;
import io.jenetics.IntegerGene;
import io.jnas.search.fitness.MnasnetFitness;
import io.jnas.search.surrogate.BoostedEnsemble;
import io.jnas.search.surrogate.DesignFeatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Surrogate-guided search over latency budgets: latency is predicted for free, accuracy is what
 * costs, so every step spends one evaluation on the candidate with the largest expected
 * improvement according to a surrogate of accuracy fitted to the evaluations so far.
 *
 * <ol>
 *   <li>Draw a pool of {@code sample} random feasible candidates (latency and cost predicted,
 *       accuracy unknown). Under the Pareto fitness, the latencies of the pool and of
 *       {@link #BUDGET_SAMPLE} more random designs (predicted only) give per device a ladder of
 *       budgets ({@link LatencyNiches}); under a scalar fitness there is one niche.</li>
 *   <li>Evaluate the first {@code initial} candidates of the pool (uniformly random ones).</li>
 *   <li>Each step: fit an ensemble of XGBoost models on bootstrap resamples of the evaluations
 *       ({@link BoostedEnsemble}; every step up to 25 evaluations, then every n/25 of them;
 *       labels below their lower quartile raised to it, below their 10% quantile under the
 *       Pareto fitness);
 *       add {@code mutants} mutants of every niche's best and of the 5 best designs, and the
 *       1-edit {@link Neighbours} of every niche's best (local search), to the step's
 *       candidates (the pool); take the next budget level in turn (one quantile of the ladder,
 *       round robin) and evaluate the candidate with the largest expected improvement summed
 *       over the devices whose budget at that level it fits (each over its niche's best; under
 *       a scalar fitness: of the fitness over the best fitness), the ensemble's spread counting
 *       less as evaluations accumulate ({@code EXPLOIT}).</li>
 * </ol>
 *
 * <p>Works on any codec and evaluator: it sees only the candidates' genes, cost and predicted
 * latency and the accuracies it asked for. Deterministic per seed (the generator of the run, one
 * thread), so a resumed run replays its log exactly. Tried and dropped on NAS-Bench-201 (see
 * docs/benchmarks.md): the expected improvement summed over all niches a candidate fits, or its
 * maximum over them, or one niche (device x budget) in turn instead of one level; extra niches
 * just below each budget; the high budgets' niches twice as often; predicted latencies as
 * features; the extra random designs within the two tightest levels' budgets joining the pool,
 * or those within the tightest level's budget as candidates of that level only; local search
 * alone (the incumbents' neighbours only) at the tightest level; the tightest and widest levels
 * twice per round; a first design spread over latency instead of random; labels not raised at
 * all; the expected improvement at the tightest level as the maximum over its devices; the
 * widest level exploiting from the start; 8 ensemble members; a second ensemble with labels
 * raised to their lower quartile for the two widest levels; one fitted to the fast designs only
 * for the tightest level (higher or equal budget regret each, within the seed noise).
 *
 * <pre>{@code
 * SearchStrategy s = new SurrogateSearch(10, 2000, 8, BoostedEnsemble.Settings.DEFAULT);
 * }</pre>
 */
public final class SurrogateSearch implements SearchStrategy {

    /** Default random evaluations before the surrogate chooses. */
    public static final int INITIAL = 10;
    /** Default size of the random pool drawn at the start. */
    public static final int SAMPLE = 2000;
    /** Default mutants per parent and step. */
    public static final int MUTANTS = 8;

    /** Under a scalar fitness, labels below this quantile are raised to it before a fit. */
    private static final double CLIP = 0.25;
    /**
     * Under the Pareto fitness (latency budgets), labels below this lower quantile are raised to
     * it: the tight budgets' best designs are fast and mediocre, so {@link #CLIP} would flatten
     * the very accuracies that tell them apart (the run's lower quartile is 62-64 points on
     * NAS-Bench-201 CIFAR-100 late in a run, the 5% budgets' bests 64.7-67.4).
     */
    private static final double BUDGET_CLIP = 0.10;
    /** The ensemble is refitted every max(1, n / REFIT) evaluations. */
    private static final int REFIT = 25;

    /**
     * After n evaluations the surrogate's spread counts {@code 1 - EXPLOIT * min(1, n /
     * EXPLOIT_BY)} times in the expected improvement: in full at the start, a fifth from
     * {@code EXPLOIT_BY} evaluations on (exploitation late). A count, not a share of the budget,
     * so that a run extended by resuming replays its log.
     */
    private static final double EXPLOIT = 0.8;
    private static final int EXPLOIT_BY = 100;

    /** Random designs drawn, beside the pool, for the latencies of the budgets. */
    private static final int BUDGET_SAMPLE = 20_000;

    /** Designs mutated each step besides the niches' bests. */
    private static final int TOP = 5;

    /** A pool member, with the surrogate's estimate of the model {@code version}. */
    private static final class Option {
        private final Candidate candidate;
        private final float[] x;
        private double mean;
        private double sd;
        private int version = -1;

        Option(Candidate candidate, float[] x) {
            this.candidate = candidate;
            this.x = x;
        }

        Candidate candidate() {
            return candidate;
        }

        float[] x() {
            return x;
        }
    }

    private final int initial;
    private final int sample;
    private final int mutants;
    private final BoostedEnsemble.Settings settings;
    private LatencyNiches niches = LatencyNiches.single();

    /**
     * @param initial random evaluations before the surrogate chooses, at least 2
     * @param sample random candidates drawn into the pool at the start, at least 1
     * @param mutants mutants per parent that join the candidates of each step, at least 0
     */
    public SurrogateSearch(int initial, int sample, int mutants,
            BoostedEnsemble.Settings settings) {
        if (initial < 2) {
            throw new IllegalArgumentException("initial must be >= 2, but was " + initial);
        }
        if (sample < 1 || mutants < 0) {
            throw new IllegalArgumentException("sample must be >= 1 and mutants >= 0, but were "
                    + sample + " and " + mutants);
        }
        this.initial = initial;
        this.sample = sample;
        this.mutants = mutants;
        this.settings = requireNonNull(settings, "settings");
    }

    @Override
    public String name() {
        return "surrogate";
    }

    @Override
    public void run(SearchContext ctx) {
        RandomGenerator rng = ctx.random();
        DesignFeatures features = new DesignFeatures(ctx.codec());
        MnasnetFitness scalar = ctx.tournament() instanceof MnasnetFitness f ? f : null;
        Map<String, Option> pool = new LinkedHashMap<>();
        for (int i = 0; i < sample; i++) {
            // through the gate, so constraint rejections are counted like other strategies'
            Optional<Candidate> c = ctx.next(() -> ctx.codec().random(rng));
            if (c.isEmpty()) {
                break;
            }
            pool.putIfAbsent(c.get().hash(),
                    new Option(c.get(), features.of(c.get().genotype(), c.get().cost())));
        }
        niches = scalar != null || pool.isEmpty() ? LatencyNiches.single()
                : LatencyNiches.budgets(latencies(ctx, pool, rng), LatencyNiches.QUANTILES);
        List<float[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<Evaluation> done = new ArrayList<>();
        Map<String, Genotype<IntegerGene>> genotypes = new LinkedHashMap<>();
        Map<String, List<Option>> around = new HashMap<>();
        BoostedEnsemble model = null;
        int version = 0;
        int fittedAt = 0;
        long step = 0;
        try {
            while (ctx.remaining() > 0) {
                Option pick;
                if (done.size() < initial) {
                    pick = pool.isEmpty() ? null : pool.values().iterator().next();
                } else {
                    step++;
                    if (model == null || done.size() >= fittedAt + Math.max(1,
                            done.size() / REFIT)) {
                        if (model != null) {
                            model.close();
                        }
                        model = BoostedEnsemble.fit(xs,
                                winsorized(ys, scalar != null ? CLIP : BUDGET_CLIP), settings, rng);
                        version++;
                        fittedAt = done.size();
                    }
                    List<Option> options = new ArrayList<>(pool.values());
                    options.addAll(mutants(ctx, features, pool, done, genotypes, scalar, rng));
                    options.addAll(neighbours(ctx, features, genotypes, around));
                    estimate(options, model, version);
                    double explore = 1 - EXPLOIT * Math.min(1, (double) done.size()
                            / EXPLOIT_BY);
                    pick = best(options, scalar, ys.stream().mapToDouble(d -> d).min()
                            .orElse(0), step, explore);
                }
                if (pick == null) {
                    Optional<Candidate> c = ctx.next(() -> ctx.codec().random(rng));
                    if (c.isEmpty()) {
                        return;
                    }
                    pick = new Option(c.get(), features.of(c.get().genotype(), c.get().cost()));
                }
                pool.remove(pick.candidate().hash());
                Evaluation e = ctx.evaluate(pick.candidate(), step);
                done.add(e);
                genotypes.put(e.hash(), pick.candidate().genotype());
                xs.add(pick.x());
                ys.add(e.accuracy());
                niches.add(e, scalar != null ? e.fitness() : e.accuracy());
            }
        } finally {
            if (model != null) {
                model.close();
            }
        }
    }

    /**
     * The labels with the low tail raised to the {@code clip} quantile: designs that barely
     * train (an accuracy near chance) would otherwise dominate the fit and its spread, while the
     * search only needs to tell good designs from better ones.
     */
    private static double[] winsorized(List<Double> ys, double clip) {
        double[] y = ys.stream().mapToDouble(d -> d).toArray();
        double[] sorted = y.clone();
        Arrays.sort(sorted);
        double low = sorted[(int) Math.floor(clip * (sorted.length - 1))];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.max(y[i], low);
        }
        return y;
    }

    /** Predicts the options the current model has not estimated yet. */
    private static void estimate(List<Option> options, BoostedEnsemble model, int version) {
        List<Option> stale = options.stream().filter(o -> o.version != version).toList();
        BoostedEnsemble.Prediction p = model.predict(stale.stream().map(Option::x).toList());
        for (int i = 0; i < stale.size(); i++) {
            Option o = stale.get(i);
            o.mean = p.mean()[i];
            o.sd = p.sd()[i];
            o.version = version;
        }
    }

    /**
     * Per device, the predicted latencies of the pool and of {@link #BUDGET_SAMPLE} more random
     * feasible designs (latency costs nothing, so the budgets' quantiles are estimated from many
     * more designs than the pool holds).
     */
    private static Map<String, double[]> latencies(SearchContext ctx, Map<String, Option> pool,
            RandomGenerator rng) {
        List<Map<String, Double>> all = new ArrayList<>();
        pool.values().forEach(o -> all.add(o.candidate().latencyMs()));
        for (int i = 0; i < BUDGET_SAMPLE; i++) {
            Candidate c = ctx.candidate(ctx.codec().random(rng));
            if (c.feasible()) {
                all.add(c.latencyMs());
            }
        }
        Map<String, double[]> ms = new LinkedHashMap<>();
        for (String d : all.get(0).keySet()) {
            ms.put(d, all.stream().mapToDouble(m -> m.get(d)).toArray());
        }
        return ms;
    }

    /** New mutants of every niche's best and of the {@link #TOP} best designs. */
    private List<Option> mutants(SearchContext ctx, DesignFeatures features,
            Map<String, Option> pool, List<Evaluation> done,
            Map<String, Genotype<IntegerGene>> genotypes, MnasnetFitness scalar,
            RandomGenerator rng) {
        List<Evaluation> parents = new ArrayList<>(niches.incumbents());
        done.stream().sorted(Comparator.comparingDouble((Evaluation e) -> scalar != null
                ? e.fitness() : e.accuracy()).reversed()).limit(TOP)
                .filter(e -> !parents.contains(e)).forEach(parents::add);
        ChoiceMutation mutation = new ChoiceMutation(ctx.codec(),
                1.0 / Math.max(1, ctx.codec().loci().size()));
        Map<String, Option> fresh = new LinkedHashMap<>();
        for (Evaluation p : parents) {
            Genotype<IntegerGene> g = genotypes.get(p.hash());
            for (int i = 0; i < mutants; i++) {
                Candidate c = ctx.candidate(mutation.mutate(g, rng));
                if (c.feasible() && !pool.containsKey(c.hash()) && !fresh.containsKey(c.hash())
                        && ctx.known(c.hash()).isEmpty()) {
                    fresh.put(c.hash(), new Option(c, features.of(c.genotype(), c.cost())));
                }
            }
        }
        return List.copyOf(fresh.values());
    }

    /**
     * The 1-edit neighbours of every niche's incumbent not evaluated yet (local search around the
     * incumbents); each incumbent's neighbourhood is built once and kept in {@code around}.
     */
    private List<Option> neighbours(SearchContext ctx, DesignFeatures features,
            Map<String, Genotype<IntegerGene>> genotypes, Map<String, List<Option>> around) {
        Map<String, Option> out = new LinkedHashMap<>();
        for (Evaluation e : niches.incumbents()) {
            List<Option> near = around.computeIfAbsent(e.hash(), h -> {
                List<Option> list = new ArrayList<>();
                for (Genotype<IntegerGene> g : Neighbours.of(ctx.codec(), genotypes.get(h))) {
                    Candidate c = ctx.candidate(g);
                    if (c.feasible()) {
                        list.add(new Option(c, features.of(c.genotype(), c.cost())));
                    }
                }
                return list;
            });
            for (Option o : near) {
                if (ctx.known(o.candidate().hash()).isEmpty()) {
                    out.putIfAbsent(o.candidate().hash(), o);
                }
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * The option with the largest expected improvement at the level of this step (among those
     * within the level's budget on at least one device), summed over the devices whose budget
     * it fits; null when there is none.
     */
    private Option best(List<Option> options, MnasnetFitness scalar, double floor, long step,
            double explore) {
        int level = (int) ((step - 1) % niches.levels());
        Option best = null;
        double bestWorth = Double.NEGATIVE_INFINITY;
        for (Option o : options) {
            Map<String, Double> ms = o.candidate().latencyMs();
            if (!niches.fitsLevel(level, ms)) {
                continue;
            }
            double worth = scalar == null
                    ? niches.expectedImprovement(level, ms, o.mean, o.sd * explore, floor)
                    : niches.expectedImprovement(level, ms, scalar.of(o.mean, ms),
                            o.sd * explore * Math.abs(scalar.of(1, ms)), floor);
            if (worth > bestWorth) {
                bestWorth = worth;
                best = o;
            }
        }
        return best;
    }

    @Override
    public List<String> population() {
        return niches.incumbents().stream().map(Evaluation::hash).toList();
    }
}
