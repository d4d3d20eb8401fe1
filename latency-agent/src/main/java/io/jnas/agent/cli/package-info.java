/**
 * The {@code agent} command line (picocli): {@code agent} serves this device; {@code agent
 * describe}, {@code agent profile} and {@code agent bench} talk to an agent. Output goes through
 * {@code spec.commandLine().getOut()/getErr()} so tests can capture it; stack traces only with
 * {@code -v}.
 */
package io.jnas.agent.cli;
