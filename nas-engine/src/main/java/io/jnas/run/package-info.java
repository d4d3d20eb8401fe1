/**
 * Search runs on disk and their execution: the run config ({@link RunConfig}, read strictly from
 * YAML and flags), the run directory ({@code config.yaml}, {@code evaluations.jsonl} appended and
 * fsynced per evaluation, {@code checkpoint.json}, {@code pareto.json}), and {@link SearchRun},
 * which drives a strategy and resumes a killed run by replaying its log.
 *
 * <p>May import {@code io.jnas.search}, {@code io.jnas.codec}, the evaluator and predictor
 * interfaces, Jenetics and Jackson; never DJL or gRPC.
 */
package io.jnas.run;
