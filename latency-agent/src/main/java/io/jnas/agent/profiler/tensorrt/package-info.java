/**
 * TensorRT on NVIDIA GPUs (desktop and Jetson): whether it can run here ({@link
 * io.jnas.agent.profiler.tensorrt.NvidiaGpus}, {@link io.jnas.agent.profiler.tensorrt.Trtexec},
 * {@link io.jnas.agent.profiler.tensorrt.DjlTensorRt}) and the profiler that times the ONNX
 * files nas-core writes with it. Two back ends, chosen in this order: DJL's TensorRT engine
 * (x86_64, TensorRT 8.x libraries on the library path) and NVIDIA's {@code trtexec} (any
 * TensorRT install, including JetPack on Jetson, where DJL ships no TensorRT natives). On a
 * machine without an NVIDIA GPU the engine is reported unavailable with the reason; nothing here
 * loads a native library before a GPU has been seen.
 *
 * <p>May import: {@code io.jnas.agent.profiler}, {@code io.jnas.agent.timing},
 * {@code io.jnas.arch}, {@code io.jnas.cell}, {@code io.jnas.model}, {@code io.jnas.onnx}, DJL and
 * Jackson.
 */
package io.jnas.agent.profiler.tensorrt;
