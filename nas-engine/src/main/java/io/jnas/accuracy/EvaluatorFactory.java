package io.jnas.accuracy;

import io.jnas.data.DataSets;
import io.jnas.data.ImageDataset;

/**
 * The data an accuracy evaluator trains or scores on. Which evaluator a name stands for is
 * {@code io.jnas.evaluators.Evaluators}, the one registry of evaluators.
 *
 * <pre>{@code ImageDataset pool = EvaluatorFactory.pool(EvaluatorOptions.defaults());}</pre>
 */
public final class EvaluatorFactory {

    private EvaluatorFactory() {
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
