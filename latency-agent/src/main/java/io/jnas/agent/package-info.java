/**
 * The latency agent: the device side of jnas. {@link io.jnas.agent.DeviceAgent} is the domain
 * core (what this device is, and measurements one at a time); {@code server} puts it behind
 * gRPC, {@code client} talks to it, {@code cli} runs both. {@link io.jnas.agent.AgentMain} is
 * the entry point of the self-contained device jar. Never imports Jenetics.
 */
package io.jnas.agent;
