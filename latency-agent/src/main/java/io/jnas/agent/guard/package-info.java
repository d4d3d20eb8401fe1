/**
 * What stands between a request and the device: validation against limits (sizes, batch, keys per
 * call, estimated work and memory), the bounded queue in front of the one measurement thread, and
 * the token check. Every refusal is a {@link io.jnas.agent.guard.RequestRejectedException} whose
 * message names the field; the server maps it to a gRPC status in one place. May import:
 * {@code io.jnas.agent.profiler}, {@code io.jnas.agent.timing}, {@code io.jnas.arch},
 * {@code io.jnas.cell}, {@code io.jnas.cost} and gRPC.
 */
package io.jnas.agent.guard;
