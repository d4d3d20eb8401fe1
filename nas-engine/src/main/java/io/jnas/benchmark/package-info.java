/**
 * The measuring loops and statistics behind the benchmark commands ({@code nas eval-bench},
 * {@code search-bench}, {@code bench}): {@link EvalBench} times an accuracy evaluator on
 * distinct random subnets, {@link SearchBench} runs a strategy with one seed and measures it
 * (best, hypervolume, engine time), {@link TableBench} does the same against recorded tables
 * and their known optimum (hypervolume share, budget regret), {@link SampleStats} gives mean ±
 * sd and Welch's t-test over seeds. The commands only parse flags and print what these return.
 *
 * <p>May import: {@code io.jnas.accuracy}, {@code io.jnas.latency}, {@code io.jnas.space},
 * {@code io.jnas.arch}, {@code io.jnas.cost}, {@code io.jnas.run}, {@code io.jnas.codec},
 * {@code io.jnas.search}, {@code io.jnas.search.fitness}, {@code io.jnas.recorded} and Commons
 * Math. Never Jenetics or gRPC.
 */
package io.jnas.benchmark;
