/**
 * Latency prediction: {@link io.jnas.latency.LatencyPredictor} per device,
 * {@link io.jnas.latency.PredictorProvider} to get one for each device of a run, and the FLOPs
 * baseline {@link io.jnas.latency.FlopsPredictor}.
 *
 * <p>May import: {@code io.jnas.arch}, {@code io.jnas.cost}, {@code io.jnas.space},
 * {@code io.jnas.table}, {@code io.jnas.text}, Commons Math and Jackson. Never Jenetics.
 */
package io.jnas.latency;
