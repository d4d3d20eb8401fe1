/** {@code nas supernet} and its subcommands: train, reference, fidelity. Thin picocli wrappers. */
package io.jnas.cli.supernet;
