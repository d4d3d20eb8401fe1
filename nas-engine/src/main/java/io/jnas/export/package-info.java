/**
 * {@code nas export}: the Pareto subnets of a finished run as files people deploy. Per subnet a
 * folder with {@code model.onnx} (raw uint8 pixels in, the trainer's standardisation inside the
 * graph, class labels and training recipe in its metadata), {@code architecture.json}, the DJL
 * parameters, {@code synset.txt} (class labels) and {@code metrics.json} (test accuracy, on which
 * data and for how long it was trained, the input contract, params, FLOPs, predicted and
 * measured latency per device, the error between them). Each subnet is trained on the run's
 * data set ({@link io.jnas.export.SubnetTrainer}) from the weights a
 * {@link io.jnas.export.StartingWeights} sets, unless the export is untrained; every exported
 * subnet is timed end to end on each of the run's devices through its latency agent; the run's
 * report is rewritten with the measured figures.
 *
 * <p>May import: {@code io.jnas.model}, {@code io.jnas.onnx}, {@code io.jnas.accuracy},
 * {@code io.jnas.data}, {@code io.jnas.fleet}, {@code io.jnas.run}, {@code io.jnas.report},
 * {@code io.jnas.recorded}, {@code io.jnas.latency}, {@code io.jnas.search}, {@code io.jnas.arch}, {@code io.jnas.cell}, DJL
 * and Jackson. Never Jenetics or gRPC.
 */
package io.jnas.export;
