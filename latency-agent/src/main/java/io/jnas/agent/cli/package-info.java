/**
 * The {@code agent} command line (picocli): {@code agent} serves this device; {@code agent
 * describe}, {@code agent profile} and {@code agent bench} talk to an agent; {@link AgentMain} is
 * the entry point of the self-contained device jar. Output goes through
 * {@code spec.commandLine().getOut()/getErr()} so tests can capture it; stack traces only with
 * {@code -v}.
 *
 * <p>May import: {@code io.jnas.agent}, {@code io.jnas.agent.client}, {@code io.jnas.agent.guard},
 * {@code io.jnas.agent.profiler}, {@code io.jnas.agent.server}, {@code io.jnas.agent.timing},
 * {@code io.jnas.arch}, {@code io.jnas.failure}, {@code io.jnas.options}, {@code io.jnas.space},
 * {@code io.jnas.text}, picocli and Commons Math.
 */
package io.jnas.agent.cli;
