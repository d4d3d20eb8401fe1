/**
 * The agent behind gRPC: {@link io.jnas.agent.server.AgentServer} (sockets, TLS, token, start
 * and stop), the thin {@link io.jnas.agent.server.LatencyAgentService}, the one
 * {@link io.jnas.agent.server.ProtoMapper} between protobuf and the domain, and the one
 * {@link io.jnas.agent.server.StatusMapper} from exceptions to gRPC status codes. Generated
 * protobuf classes stop here on the agent side.
 */
package io.jnas.agent.server;
