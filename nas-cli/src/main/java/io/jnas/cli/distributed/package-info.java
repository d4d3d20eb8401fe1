/**
 * The commands of distributed evaluation: {@code nas worker} and the options of
 * {@code nas search} that send evaluations to workers ({@code --db}, {@code --workers}).
 *
 * <p>May import: {@code io.jnas.cli.choice}, {@code io.jnas.cli.options}, {@code io.jnas.options},
 * {@code io.jnas.distributed}, {@code io.jnas.run}, {@code io.jnas.accuracy},
 * {@code io.jnas.evaluators} and picocli.
 */
package io.jnas.cli.distributed;
