/**
 * The ONNX writer: {@link io.jnas.onnx.OnnxExporter} turns an architecture (or one block, or a
 * NAS-Bench-201 cell network) and the weights of its DJL model into an
 * {@link io.jnas.onnx.OnnxModel} (opset 17), the file people
 * deploy and that ONNX Runtime and TensorRT load. The ONNX messages are generated from our own
 * subset of the ONNX specification ({@code src/main/proto/onnx/onnx_subset.proto}, package
 * {@code io.jnas.onnx.proto}); those generated classes are used in this package only.
 *
 * <p>May import: {@code io.jnas.model}, {@code io.jnas.arch}, {@code io.jnas.cell},
 * {@code io.jnas.onnx.proto}, DJL and protobuf. Search code must not import this package.
 */
package io.jnas.onnx;
