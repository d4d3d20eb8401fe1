package io.jnas.run;

import io.jnas.codec.SearchCodec;
import io.jnas.profile.CostMetric;
import io.jnas.profile.LowestCost;
import java.util.Locale;

/**
 * Refuses a run whose static limits no design of its space can meet, before anything is measured
 * or trained: {@code --max-params 10} on a space whose smallest subnet has 15,466 parameters
 * used to reject a thousand proposals, evaluate nothing and exit 0. The lowest value is exact
 * ({@link LowestCost}, the figure {@code nas profile} reports), so a limit that one design can
 * meet is never refused.
 */
final class SatisfiableLimits {

    private SatisfiableLimits() {
    }

    /** @throws RunConfigException naming the limit, the lowest value possible and the space */
    static void require(RunConfig config, SearchCodec<?> codec) {
        check("max-params", config.maxParams(), CostMetric.PARAMS, "parameters", codec);
        check("max-flops", config.maxFlops(), CostMetric.FLOPS, "FLOPs", codec);
        check("max-memory", config.maxMemory(), CostMetric.MEMORY,
                "bytes of peak activation memory", codec);
    }

    private static void check(String key, Long limit, CostMetric metric, String unit,
            SearchCodec<?> codec) {
        if (limit == null) {
            return;
        }
        long lowest = LowestCost.of(codec, metric);
        if (limit < lowest) {
            throw new RunConfigException(String.format(Locale.ROOT, "%s must be at least %,d (the"
                    + " fewest %s of any subnet of %s, as `nas profile` reports), but was %,d: no"
                    + " subnet can meet it", key, lowest, unit, codec.spaceName(), limit));
        }
    }
}
