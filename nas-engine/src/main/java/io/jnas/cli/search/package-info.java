/**
 * The {@code nas search}, {@code nas search-bench} and {@code nas bench} commands: flags and YAML
 * run configs into a {@link io.jnas.run.SearchRun}, progress on the console, the summary table at
 * the end; {@code nas bench} replays recorded tables of a cell space against their known optimum
 * and {@code nas bench record} makes such tables with our own evaluator and agent.
 *
 * <p>{@link io.jnas.cli.search.EvaluatorChoice} and {@link io.jnas.cli.search.PredictorChoice}
 * are the one place each where evaluators and lookup-table predictors are constructed.
 */
package io.jnas.cli.search;
