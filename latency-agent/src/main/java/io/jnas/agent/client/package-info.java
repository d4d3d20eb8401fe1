/**
 * Talking to agents: {@link io.jnas.agent.client.AgentClient}, the one client of the contract
 * (deadline on every call, token and TLS, retries by {@link io.jnas.agent.client.RetryPolicy}:
 * UNAVAILABLE and DEADLINE_EXCEEDED), used by the agent's CLI and, through a thin adapter, by
 * the engine's fleet; and {@link io.jnas.agent.client.InProcessAgent}, an agent on the local
 * CPU inside this JVM that the engine uses for its {@code local} fleet entry, started by the
 * {@link io.jnas.agent.client.InProcessAgentProvider} found by ServiceLoader
 * ({@link io.jnas.agent.client.LocalAgentProvider}, which starts a
 * {@link io.jnas.agent.client.LocalAgent}). Only this package's mapper
 * sees the generated protobuf types; callers get the agent's records.
 *
 * <p>The package spans two modules: {@code agent-api} holds the client ({@code AgentClient},
 * {@code ClientMapper}, {@code ClientOptions}, {@code RetryPolicy}, {@code
 * TrustedCertificates}, {@code StatusWords} (a failed call in words, for FailureText),
 * {@code InProcessAgent} and its provider interface), so a program can
 * talk to agents without the agent's server, engines and natives; {@code latency-agent} holds
 * {@code LocalAgent} and {@code LocalAgentProvider}, which start that server in-process.
 *
 * <p>May import: {@code io.jnas.agent}, {@code io.jnas.agent.guard},
 * {@code io.jnas.agent.profiler}, {@code io.jnas.agent.server}, {@code io.jnas.agent.timing},
 * {@code io.jnas.rpc}, {@code io.jnas.text}, {@code io.jnas.failure}, gRPC and protobuf.
 */
package io.jnas.agent.client;
