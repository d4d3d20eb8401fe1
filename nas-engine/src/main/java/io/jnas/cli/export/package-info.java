/**
 * {@code nas export}: the command line of {@link io.jnas.export.ExportRun}.
 *
 * <p>May import: {@code io.jnas.cli.options}, {@code io.jnas.export}, {@code io.jnas.fleet},
 * {@code io.jnas.run}, {@code io.jnas.search} and picocli.
 */
package io.jnas.cli.export;
