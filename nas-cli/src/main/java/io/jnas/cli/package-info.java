/**
 * The {@code nas} command line (picocli): {@link io.jnas.cli.NasCommand} and one
 * {@code Callable<Integer>} per subcommand. Commands parse options, call the domain packages
 * and print through {@code spec.commandLine().getOut()/getErr()}; failures print one line
 * (stack traces with {@code -v}); exit codes 0 ok, 1 failure, 2 bad input.
 *
 * <p>May import: {@code io.jnas.cli.options}, {@code io.jnas.options}, {@code io.jnas.cli.search},
 * {@code io.jnas.cli.distributed}, {@code io.jnas.cli.export}, {@code io.jnas.cli.supernet},
 * {@code io.jnas.cli.choice}, {@code io.jnas.agent.cli}, {@code io.jnas.accuracy},
 * {@code io.jnas.evaluators}, {@code io.jnas.benchmark}, {@code io.jnas.calibrate},
 * {@code io.jnas.fleet}, {@code io.jnas.latency}, {@code io.jnas.table}, {@code io.jnas.profile},
 * {@code io.jnas.codec}, {@code io.jnas.data}, {@code io.jnas.model}, {@code io.jnas.space},
 * {@code io.jnas.arch}, {@code io.jnas.cell}, {@code io.jnas.cost}, picocli, progressbar and
 * Commons Math. Nothing imports this package.
 */
package io.jnas.cli;
