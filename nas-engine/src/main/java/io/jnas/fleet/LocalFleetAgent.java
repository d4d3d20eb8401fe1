package io.jnas.fleet;

import io.jnas.agent.AgentConfig;
import io.jnas.agent.client.LocalAgent;

/**
 * The {@code local} fleet entry: the in-process agent on this machine's CPU. One agent serves the
 * whole JVM (shared and counted), so two users of {@code local} never time at the same time.
 */
final class LocalFleetAgent {

    private static LocalAgent shared;
    private static int users;

    private LocalFleetAgent() {
    }

    static synchronized FleetAgent start(AgentEntry entry) {
        if (shared == null) {
            shared = LocalAgent.start(AgentConfig.defaults());
        }
        users++;
        return new GrpcFleetAgent(entry, shared.newChannel(), LocalFleetAgent::release);
    }

    private static synchronized void release() {
        if (--users == 0) {
            shared.close();
            shared = null;
        }
    }
}
