/**
 * The {@code nas} command line (picocli): {@link io.jnas.cli.NasCommand} and one
 * {@code Callable<Integer>} per subcommand. Commands parse options, call the domain packages
 * and print through {@code spec.commandLine().getOut()/getErr()}; failures print one line
 * (stack traces with {@code -v}); exit codes 0 ok, 1 failure, 2 bad input.
 *
 * <p>May import: any engine or core package; nothing imports this package.
 */
package io.jnas.cli;
