/**
 * The picocli option mixins that both command lines share, so one concept has one flag name on
 * every command: {@code -v} ({@link io.jnas.options.VerboseOption}) and the measurement settings
 * ({@link io.jnas.options.MeasureOptions}). Its own module (cli-options), because latency-agent's
 * CLI cannot depend on nas-cli, and nas-engine, a library, should not carry picocli.
 *
 * <p>May import: picocli.
 */
package io.jnas.options;
