package io.jnas.cli.search;

import io.jnas.run.RunConfigException;
import java.util.List;
import java.util.stream.LongStream;
import picocli.CommandLine.Option;

/**
 * What a strategy comparison runs ({@code search-bench}, {@code bench}): the strategies, and
 * K seeds from a first one. Each command passes its default strategies:
 * {@code @Mixin ComparisonOptions compare = new ComparisonOptions(List.of(...))}.
 */
final class ComparisonOptions {

    @Option(names = "--strategies", paramLabel = "NAME", split = ",",
            description = "Strategies to compare (default: ${DEFAULT-VALUE}).")
    List<String> strategies;

    @Option(names = "--seeds", paramLabel = "K", defaultValue = "10",
            description = "Seeds per strategy: K from --first-seed (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--first-seed", paramLabel = "N", defaultValue = "1",
            description = "First seed (default: ${DEFAULT-VALUE}).")
    long firstSeed;

    ComparisonOptions(List<String> defaultStrategies) {
        strategies = List.copyOf(defaultStrategies);
    }

    List<String> strategies() {
        return strategies;
    }

    /** The seeds, firstSeed .. firstSeed + K - 1; K must be at least 2 (a spread needs two). */
    List<Long> seeds() {
        if (seeds < 2) {
            throw new RunConfigException("--seeds must be >= 2 (a spread needs two runs), but"
                    + " was " + seeds);
        }
        return LongStream.range(firstSeed, firstSeed + seeds).boxed().toList();
    }
}
