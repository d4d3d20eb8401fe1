/**
 * Replaying recorded benchmarks (NAS-Bench-201, HW-NAS-Bench and tables made the same way): a
 * strict CSV reader of per-architecture metrics ({@link io.jnas.recorded.RecordedTable}), the
 * {@code table} accuracy evaluator ({@link io.jnas.recorded.TableAccuracy}) and the
 * {@code recorded} latency of a device ({@link io.jnas.recorded.RecordedLatency}), both looked up
 * by a design's string notation, and a cache so a benchmark reads each file once; and the
 * writer of such tables from our own tooling ({@link io.jnas.recorded.TableRecorder},
 * {@code nas bench record}).
 *
 * <p>May import: {@code io.jnas.accuracy}, {@code io.jnas.latency}, {@code io.jnas.search.fitness},
 * {@code io.jnas.arch}, {@code io.jnas.cell}, {@code io.jnas.table}, {@code io.jnas.text} and
 * Commons Math. Never DJL, gRPC or Jenetics.
 */
package io.jnas.recorded;
