/**
 * Fleets of latency agents as the engine sees them: fleet files, {@link io.jnas.fleet.FleetAgent}
 * (over gRPC, or the in-process agent for {@code local}), grouping by hardware id, and the
 * sharded, resumable {@link io.jnas.fleet.TableBuilder}.
 *
 * <p>{@code GrpcFleetAgent} is a thin adapter over the agent's one client ({@code
 * io.jnas.agent.client.AgentClient}, which alone sees the generated {@code io.jnas.rpc} classes):
 * {@code AgentRecords} turns the client's records into the engine's. May import: {@code
 * io.jnas.table}, {@code io.jnas.agent}, {@code io.jnas.agent.client}, {@code
 * io.jnas.agent.guard}, {@code io.jnas.agent.profiler}, {@code io.jnas.agent.timing}, {@code
 * io.jnas.arch}, {@code io.jnas.text}, gRPC and Jackson. Never Jenetics.
 */
package io.jnas.fleet;
