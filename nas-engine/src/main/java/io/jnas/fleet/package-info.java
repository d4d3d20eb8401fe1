/**
 * Fleets of latency agents as the engine sees them: fleet files, {@link io.jnas.fleet.FleetAgent}
 * (over gRPC, or the in-process agent for {@code local}), grouping by hardware id, and the
 * sharded, resumable {@link io.jnas.fleet.TableBuilder}.
 *
 * <p>The engine side's one mapper of the generated {@code io.jnas.rpc} classes lives here ({@code
 * ProtoMapper}, {@code GrpcFleetAgent}). May import: {@code io.jnas.table}, {@code io.jnas.agent},
 * {@code io.jnas.agent.client}, {@code io.jnas.rpc}, {@code io.jnas.arch}, {@code io.jnas.text},
 * gRPC and Jackson. Never Jenetics.
 */
package io.jnas.fleet;
