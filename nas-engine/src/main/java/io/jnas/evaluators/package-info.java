/**
 * The accuracy evaluators a run, a worker or a command can name: {@link Evaluators}, the one
 * registry of names ({@code train}, {@code synflow}, {@code gradnorm}, {@code table},
 * {@code supernet}) and how each is opened from a run config's {@code evaluator-options}.
 *
 * <p>May import: {@code io.jnas.accuracy}, {@code io.jnas.recorded}, {@code io.jnas.supernet},
 * {@code io.jnas.run}, {@code io.jnas.data}, {@code io.jnas.space}. Never Jenetics or gRPC.
 */
package io.jnas.evaluators;
