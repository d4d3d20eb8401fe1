/**
 * The {@code nas search} and {@code nas search-bench} commands: flags and YAML run configs into a
 * {@link io.jnas.run.SearchRun}, progress on the console, the summary table at the end.
 *
 * <p>{@link io.jnas.cli.search.EvaluatorChoice} and {@link io.jnas.cli.search.PredictorChoice}
 * are the one place each where evaluators and lookup-table predictors are constructed.
 */
package io.jnas.cli.search;
