/**
 * What ties tables to end-to-end truth: drawing subnets a table covers, measuring them end to end
 * on an agent, fitting a table's calibration, validating predictors against held-out
 * measurements, and the local CPU's table for the main job.
 *
 * <p>May import {@code io.jnas.fleet}, {@code io.jnas.table} and {@code io.jnas.latency}; nothing
 * imports it but the CLI.
 */
package io.jnas.calibrate;
