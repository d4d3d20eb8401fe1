package io.jnas.export;

import ai.djl.nn.Block;
import io.jnas.arch.Design;

/**
 * Where an exported subnet's weights start, before the export trains it (or, with
 * {@code --untrained}, what it writes as they are): the one seam for weights the search already
 * has. The default is the seeded initialization; a weight-sharing search can hand over the
 * weights a subnet inherits from its supernet, and the export then fine-tunes from them.
 *
 * <pre>{@code
 * StartingWeights inherited = (design, network) -> {
 *     supernet.copyInto(design, network);          // set every parameter of network
 *     return "inherited from supernet " + supernet.id();
 * };
 * new ExportRun(connector, out, run -> inherited).export(runDir, options);
 * }</pre>
 */
@FunctionalInterface
public interface StartingWeights {

    /**
     * Sets the starting parameters of {@code network}, the DJL network
     * {@code DesignModels.build(design)} built, already initialized with the run's seed (so a
     * source may leave parameters it does not know as they are).
     *
     * @return where the weights came from, one line for metrics.json and the ONNX metadata
     */
    String apply(Design design, Block network);

    /**
     * Whether these weights are trained already (inherited from a trained supernet), so that an
     * export written as they are ({@code --untrained}) is labelled "inherited", not "untrained".
     */
    default boolean trained() {
        return false;
    }

    /** The network's seeded initialization, left as it is. */
    static StartingWeights seeded(long seed) {
        return (design, network) -> "seeded initialization (seed " + seed + ")";
    }
}
