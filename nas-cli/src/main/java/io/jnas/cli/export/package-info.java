/**
 * {@code nas export}: the command line of {@link io.jnas.export.ExportRun}.
 *
 * A run scored by the supernet evaluator starts its subnets from the weights they inherit
 * ({@link io.jnas.cli.export.SupernetStart}).
 *
 * <p>May import: {@code io.jnas.text}, {@code io.jnas.cli.options}, {@code io.jnas.options},
 * {@code io.jnas.cli.choice}, {@code io.jnas.export}, {@code io.jnas.fleet}, {@code io.jnas.run},
 * {@code io.jnas.search}, {@code io.jnas.supernet}, {@code io.jnas.evaluators},
 * {@code io.jnas.arch}, {@code io.jnas.latency}, {@code io.jnas.calibrate}, {@code io.jnas.space},
 * {@code io.jnas.table}, DJL and picocli.
 */
package io.jnas.cli.export;
