/**
 * Profilers: one per inference engine, found through {@link java.util.ServiceLoader} as
 * {@link io.jnas.agent.profiler.ProfilerProvider}s (listed in
 * {@code META-INF/services/io.jnas.agent.profiler.ProfilerProvider}), the way DJL finds its
 * engines. A profiler turns a block or an architecture into a
 * {@link io.jnas.agent.timing.Workload} on its device: PyTorch through DJL, and ONNX Runtime on
 * the ONNX file nas-core's writer makes of the DJL block. DJL and ONNX Runtime live here and
 * nowhere else in the agent; this package may import nas-core, DJL, ONNX Runtime and
 * {@code io.jnas.agent.timing}, never gRPC.
 */
package io.jnas.agent.profiler;
