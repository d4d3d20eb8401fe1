package io.jnas.run;

import io.jnas.search.Nsga2Search;
import io.jnas.search.RandomSearch;
import io.jnas.search.RegularizedEvolution;
import io.jnas.search.SearchStrategy;
import io.jnas.search.SurrogateSearch;
import io.jnas.search.fitness.MnasnetFitness;
import io.jnas.search.fitness.ParetoObjectives;
import io.jnas.search.fitness.Tournament;
import io.jnas.search.surrogate.BoostedEnsemble;
import java.util.Map;

/** Builds the strategy and fitness objects a run config names. */
final class Strategies {

    private Strategies() {
    }

    static SearchStrategy create(RunConfig c) {
        return switch (c.strategy()) {
            case "regularized" -> new RegularizedEvolution(c.population(), c.sampleSize(),
                    c.mutation(), c.childBatch(), c.async());
            case "random" -> new RandomSearch();
            case "nsga2" -> new Nsga2Search(c.population(), c.mutation(), c.crossover());
            case "surrogate" -> new SurrogateSearch(SurrogateSearch.INITIAL,
                    SurrogateSearch.SAMPLE, SurrogateSearch.MUTANTS,
                    BoostedEnsemble.Settings.DEFAULT);
            default -> throw new IllegalArgumentException("strategy must be one of regularized,"
                    + " random, nsga2, surrogate, but was '" + c.strategy() + "'");
        };
    }

    static MnasnetFitness fitness(RunConfig c, Map<String, Double> targets) {
        return c.mnasnetMode().equals("hard") ? MnasnetFitness.hard(targets)
                : MnasnetFitness.soft(targets, c.w());
    }

    static ParetoObjectives objectives(RunConfig c) {
        return new ParetoObjectives(c.devices(), c.extraObjectives().contains("params"),
                c.extraObjectives().contains("flops"));
    }

    static Tournament tournament(RunConfig c, MnasnetFitness fitness) {
        return c.fitness().equals("pareto") ? objectives(c) : fitness;
    }
}
