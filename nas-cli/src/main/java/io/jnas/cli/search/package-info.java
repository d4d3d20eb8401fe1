/**
 * The {@code nas search}, {@code nas search-bench} and {@code nas bench} commands: flags and YAML
 * run configs into a {@link io.jnas.run.SearchRun}, progress on the console, the summary table at
 * the end; {@code nas bench} replays recorded tables of a cell space against their known optimum
 * and {@code nas bench record} makes such tables with our own evaluator and agent.
 *
 * <p>May import: {@code io.jnas.text}, {@code io.jnas.cli.choice}, {@code io.jnas.cli.options},
 * {@code io.jnas.options}, {@code io.jnas.cli.distributed}, {@code io.jnas.run},
 * {@code io.jnas.search}, {@code io.jnas.search.fitness}, {@code io.jnas.codec},
 * {@code io.jnas.accuracy}, {@code io.jnas.evaluators}, {@code io.jnas.benchmark},
 * {@code io.jnas.recorded}, {@code io.jnas.distributed}, {@code io.jnas.report},
 * {@code io.jnas.fleet}, {@code io.jnas.latency}, {@code io.jnas.table}, {@code io.jnas.space},
 * {@code io.jnas.supernet}, {@code io.jnas.data}, {@code io.jnas.calibrate},
 * {@code io.jnas.failure}, {@code io.jnas.arch}, {@code io.jnas.cell}, picocli, progressbar and
 * Commons Math.
 */
package io.jnas.cli.search;
