package io.jnas.run;

import io.jnas.search.Nsga2Search;
import io.jnas.search.RandomSearch;
import io.jnas.search.RegularizedEvolution;
import io.jnas.search.SearchStrategy;
import io.jnas.search.SurrogateSearch;
import io.jnas.search.surrogate.BoostedEnsemble;
import java.util.function.Function;

/**
 * The strategies a run config can name ({@code strategy:} key, {@code --strategy} flag), each
 * with how it is built from the config: the one registry of strategies. Adding one is a constant
 * here (its YAML name and constructor call) beside its class in {@code io.jnas.search}.
 */
public enum Strategy implements ConfigChoice {
    /** Regularized (aging) evolution, Real et al. 2019. */
    REGULARIZED("regularized", c -> new RegularizedEvolution(c.population(), c.sampleSize(),
            c.mutation(), c.childBatch(), c.async())),
    /** Uniform random sampling of the space. */
    RANDOM("random", c -> new RandomSearch()),
    /** NSGA-II over accuracy, latency per device and the extra objectives. */
    NSGA2("nsga2", c -> new Nsga2Search(c.population(), c.mutation(), c.crossover())),
    /** Boosted-tree surrogate proposing the mutants it predicts best. */
    SURROGATE("surrogate", c -> new SurrogateSearch(SurrogateSearch.INITIAL,
            SurrogateSearch.SAMPLE, SurrogateSearch.MUTANTS, BoostedEnsemble.Settings.DEFAULT));

    private final String key;
    private final Function<RunConfig, SearchStrategy> factory;

    Strategy(String key, Function<RunConfig, SearchStrategy> factory) {
        this.key = key;
        this.factory = factory;
    }

    @Override
    public String key() {
        return key;
    }

    /** The strategy object of a run of this config. */
    public SearchStrategy create(RunConfig config) {
        return factory.apply(config);
    }

    /**
     * The strategy of a YAML name.
     *
     * @throws IllegalArgumentException naming the known strategies
     */
    public static Strategy of(String key) {
        return ConfigChoice.of(Strategy.class, "strategy", key);
    }

    @Override
    public String toString() {
        return key;
    }
}
