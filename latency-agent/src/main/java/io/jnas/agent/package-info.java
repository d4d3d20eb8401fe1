/**
 * The latency agent: the device side of jnas. {@link io.jnas.agent.DeviceAgent} is the domain
 * core (what this device is, and measurements one at a time); {@code server} puts it behind
 * gRPC, {@code client} talks to it, {@code cli} runs both ({@code io.jnas.agent.cli.AgentMain} is
 * the entry point of the self-contained device jar). Never imports Jenetics. The records of what
 * an agent answers ({@code DeviceInfo}, {@code Measurement}, {@code MeasurementConditions},
 * {@code HealthInfo}) are in this package but in the {@code agent-api} module, beside the client.
 *
 * <p>May import: {@code io.jnas.agent.guard}, {@code io.jnas.agent.profiler},
 * {@code io.jnas.agent.timing}, {@code io.jnas.arch} and {@code io.jnas.cell}.
 */
package io.jnas.agent;
