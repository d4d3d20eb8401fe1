/**
 * What a run's evaluator and predictor names stand for: {@link PredictorChoice} is the one
 * place where the command line constructs lookup-table predictors (for {@code nas search}, its
 * benchmarks and {@code nas worker}); accuracy evaluators come from the registry
 * {@code io.jnas.evaluators.Evaluators}, with {@link SupernetProgress} showing a supernet's
 * training when an evaluator needs one.
 *
 * <p>May import: {@code io.jnas.text}, {@code io.jnas.accuracy}, {@code io.jnas.evaluators},
 * {@code io.jnas.supernet}, {@code io.jnas.recorded}, {@code io.jnas.run}, {@code io.jnas.data},
 * {@code io.jnas.latency}, {@code io.jnas.table}, {@code io.jnas.calibrate}, {@code io.jnas.fleet},
 * {@code io.jnas.space}, {@code io.jnas.arch} and progressbar.
 */
package io.jnas.cli.choice;
