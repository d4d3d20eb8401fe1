/**
 * {@code nas supernet} and its subcommands: train, reference, fidelity. Thin picocli wrappers.
 *
 * <p>May import: {@code io.jnas.cli.choice}, {@code io.jnas.cli.options}, {@code io.jnas.options},
 * {@code io.jnas.supernet}, {@code io.jnas.accuracy}, {@code io.jnas.evaluators},
 * {@code io.jnas.data}, {@code io.jnas.space}, {@code io.jnas.arch}, {@code io.jnas.cost}, picocli
 * and Jackson.
 */
package io.jnas.cli.supernet;
