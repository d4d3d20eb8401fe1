/**
 * What ties tables to end-to-end truth: drawing subnets a table covers, measuring them end to end
 * on an agent, fitting a table's calibration, validating predictors against held-out
 * measurements, and the local CPU's table for the main job.
 *
 * <p>May import: {@code io.jnas.fleet}, {@code io.jnas.table}, {@code io.jnas.latency},
 * {@code io.jnas.agent}, {@code io.jnas.model}, {@code io.jnas.arch}, {@code io.jnas.cost},
 * {@code io.jnas.space}, {@code io.jnas.text} and DJL.
 */
package io.jnas.calibrate;
