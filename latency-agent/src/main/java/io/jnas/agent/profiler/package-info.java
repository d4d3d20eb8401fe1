/**
 * Profilers: one per inference engine, found through {@link java.util.ServiceLoader} as
 * {@link io.jnas.agent.profiler.ProfilerProvider}s (listed in
 * {@code META-INF/services/io.jnas.agent.profiler.ProfilerProvider}), the way DJL finds its
 * engines. A profiler turns a block or an architecture into a {@link io.jnas.agent.timing.Workload}
 * on its device: PyTorch through DJL, and ONNX Runtime on the ONNX file nas-core's writer makes of
 * the DJL block. DJL and ONNX Runtime live here and nowhere else in the agent. May import:
 * {@code io.jnas.agent.timing}, {@code io.jnas.arch}, {@code io.jnas.cell}, {@code io.jnas.model},
 * {@code io.jnas.onnx}, DJL and ONNX Runtime. Never gRPC.
 */
package io.jnas.agent.profiler;
