/**
 * What stands between a request and the device: validation against limits (sizes, batch, keys
 * per call, estimated work and memory), the bounded queue in front of the one measurement
 * thread, and the token check. Every refusal is a {@link
 * io.jnas.agent.guard.RequestRejectedException} whose message names the field; the server maps
 * it to a gRPC status in one place. May import nas-core, {@code io.jnas.agent.timing},
 * {@code io.jnas.agent.profiler} value types, and gRPC for the interceptor only.
 */
package io.jnas.agent.guard;
