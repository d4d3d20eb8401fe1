/**
 * Search runs on disk and their execution: the run config ({@link RunConfig}, read strictly from
 * YAML and flags), the run directory ({@code config.yaml}, {@code evaluations.jsonl} appended and
 * fsynced per evaluation, {@code checkpoint.json}, {@code pareto.json}), and {@link SearchRun},
 * which drives a strategy and resumes a killed run by replaying its log.
 *
 * <p>May import: {@code io.jnas.search}, {@code io.jnas.search.fitness},
 * {@code io.jnas.search.surrogate}, {@code io.jnas.codec}, {@code io.jnas.accuracy},
 * {@code io.jnas.latency}, {@code io.jnas.recorded}, {@code io.jnas.profile}, {@code io.jnas.arch},
 * {@code io.jnas.cell}, {@code io.jnas.cost}, {@code io.jnas.space}, {@code io.jnas.text},
 * {@code io.jnas.failure}, Jenetics and Jackson. Never DJL or gRPC.
 */
package io.jnas.run;
