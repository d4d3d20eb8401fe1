package io.jnas.agent.client;

/**
 * Starts an {@link InProcessAgent}; registered in {@code META-INF/services} by the module that
 * has the agent's server (latency-agent), found by {@link InProcessAgent#start()}.
 */
public interface InProcessAgentProvider {

    /** Starts an agent on this machine's CPU with the agent's default settings. */
    InProcessAgent start();
}
