package io.jnas.agent.client;

import io.jnas.agent.AgentConfig;

/**
 * The {@link InProcessAgentProvider} of this module: a {@link LocalAgent} with the agent's
 * default settings, which is what the engine's {@code local} fleet entry times with.
 */
public final class LocalAgentProvider implements InProcessAgentProvider {

    @Override
    public InProcessAgent start() {
        return LocalAgent.start(AgentConfig.defaults());
    }
}
