/**
 * {@code nas export}: the Pareto subnets of a finished run as files people deploy. Per subnet a
 * folder with {@code model.onnx}, {@code architecture.json}, the DJL parameters (seeded
 * initialization, or after a fine-tune on the run's data set) and {@code metrics.json}
 * (accuracy, params, FLOPs, predicted and measured latency per device, the error between them);
 * every exported subnet is timed end to end on each of the run's devices through its latency
 * agent; the run's report is rewritten with the measured figures.
 *
 * <p>May import DJL (through {@code io.jnas.model}, {@code io.jnas.onnx}, {@code io.jnas.accuracy}),
 * {@code io.jnas.fleet}, {@code io.jnas.run} and {@code io.jnas.report}; never Jenetics or gRPC.
 */
package io.jnas.export;
