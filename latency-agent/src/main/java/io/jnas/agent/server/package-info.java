/**
 * The agent behind gRPC: {@link io.jnas.agent.server.AgentServer} (sockets, TLS, token, start
 * and stop), the thin {@link io.jnas.agent.server.LatencyAgentService}, the one
 * {@link io.jnas.agent.server.ProtoMapper} between protobuf and the domain, and the one
 * {@link io.jnas.agent.server.StatusMapper} from exceptions to gRPC status codes. Generated
 * protobuf classes stop here on the agent side.
 *
 * <p>May import: {@code io.jnas.agent}, {@code io.jnas.agent.guard},
 * {@code io.jnas.agent.profiler}, {@code io.jnas.agent.timing}, {@code io.jnas.rpc}, gRPC and
 * protobuf.
 */
package io.jnas.agent.server;
