/**
 * The accuracy surrogate of the {@code surrogate} strategy: designs encoded as feature vectors
 * from what any {@link io.jnas.codec.SearchCodec} knows of them ({@link
 * io.jnas.search.surrogate.DesignFeatures}), and an ensemble of gradient-boosted trees
 * (XGBoost) fitted to the evaluations a run has made, whose spread is its uncertainty ({@link
 * io.jnas.search.surrogate.BoostedEnsemble}).
 *
 * <p>Deterministic: XGBoost runs on one thread with seeds drawn from the run's generator.
 *
 * <p>May import: {@code io.jnas.codec}, {@code io.jnas.cost}, Jenetics and XGBoost. Never DJL or
 * gRPC.
 */
package io.jnas.search.surrogate;
