/**
 * Talking to agents: {@link io.jnas.agent.client.AgentClient} (deadline on every call, token and
 * TLS, retries on UNAVAILABLE only) and {@link io.jnas.agent.client.LocalAgent}, an in-process
 * agent on the local CPU that the engine uses for its {@code local} fleet entry. Speaks the
 * generated protobuf types: the engine's own mapper turns them into its records.
 *
 * <p>May import: {@code io.jnas.agent}, {@code io.jnas.agent.guard},
 * {@code io.jnas.agent.profiler}, {@code io.jnas.agent.server}, {@code io.jnas.agent.timing},
 * {@code io.jnas.rpc}, {@code io.jnas.text}, gRPC and protobuf.
 */
package io.jnas.agent.client;
