/**
 * Accuracy evaluators behind {@link io.jnas.accuracy.AccuracyEvaluator}: brief training on real
 * data ({@link io.jnas.accuracy.TrainEvaluator}, name {@code train}), zero-cost proxies
 * ({@link io.jnas.accuracy.SynFlowProxy} {@code synflow}, {@link io.jnas.accuracy.GradNormProxy}
 * {@code gradnorm}), a cache keyed by architecture hash, and a factory that builds them by name
 * for configs and the CLI.
 *
 * <p>May import: {@code io.jnas.model}, {@code io.jnas.data}, {@code io.jnas.arch},
 * {@code io.jnas.cell} and DJL. Never Jenetics or gRPC. Every candidate gets its own NDManager (or
 * Model), closed when its score is known.
 */
package io.jnas.accuracy;
