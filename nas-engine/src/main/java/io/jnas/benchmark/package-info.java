/**
 * The measuring loops and statistics behind the benchmark commands ({@code nas eval-bench},
 * {@code search-bench}, {@code bench}): {@link EvalBench} times an accuracy evaluator on
 * distinct random subnets, {@link SampleStats} gives mean ± sd and Welch's t-test over seeds.
 * The commands only parse flags and print what these return.
 *
 * <p>May import: {@code io.jnas.accuracy}, {@code io.jnas.latency}, {@code io.jnas.space},
 * {@code io.jnas.arch}, {@code io.jnas.cost} and Commons Math. Never Jenetics or gRPC.
 */
package io.jnas.benchmark;
