package io.jnas.accuracy;

import io.jnas.data.DataSets;
import io.jnas.data.ImageDataset;
import java.util.List;

/**
 * Builds accuracy evaluators by the names used in configs and on the command line, each wrapped
 * in a {@link CachedEvaluator}.
 *
 * <pre>{@code
 * try (AccuracyEvaluator e = EvaluatorFactory.of("synflow", EvaluatorOptions.defaults())) {
 *     double score = e.evaluate(architecture);
 * }
 * }</pre>
 */
public final class EvaluatorFactory {

    /** {@code train}: brief training, validation accuracy in [0, 1]. */
    public static final String TRAIN = "train";
    /** {@code synflow}: data-free zero-cost proxy, ln(1 + SynFlow). */
    public static final String SYNFLOW = "synflow";
    /** {@code gradnorm}: zero-cost proxy on one mini-batch of real data. */
    public static final String GRADNORM = "gradnorm";

    private EvaluatorFactory() {
    }

    public static List<String> names() {
        return List.of(TRAIN, SYNFLOW, GRADNORM);
    }

    /**
     * A cached evaluator of the given name.
     *
     * @throws IllegalArgumentException for an unknown name
     * @throws io.jnas.data.MissingDataException when the evaluator needs data that is not there
     */
    public static CachedEvaluator of(String name, EvaluatorOptions options) {
        AccuracyEvaluator e = switch (name) {
            case TRAIN -> new TrainEvaluator(pool(options), options.train(), options.verify());
            case SYNFLOW -> new SynFlowProxy(options.seed());
            case GRADNORM -> {
                ImageDataset pool = pool(options);
                yield new GradNormProxy(pool.standardized(pool.channelMeans(), pool.channelStds()),
                        options.proxyBatch(), options.seed());
            }
            default -> throw new IllegalArgumentException("evaluator must be one of " + names()
                    + ", but was '" + name + "'");
        };
        return new CachedEvaluator(e);
    }

    /** The data set of the options, resized when asked (also what an export fine-tunes on). */
    public static ImageDataset pool(EvaluatorOptions options) {
        ImageDataset d = DataSets.load(options.dataSet(), options.locations());
        if (options.resizeTo() != null) {
            d = d.resized(options.resizeTo().height(), options.resizeTo().width());
        }
        return d;
    }
}
