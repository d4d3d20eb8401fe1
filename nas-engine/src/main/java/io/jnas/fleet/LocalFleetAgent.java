package io.jnas.fleet;

import io.jnas.agent.client.InProcessAgent;

/**
 * The {@code local} fleet entry: the in-process agent on this machine's CPU. One agent serves the
 * whole JVM (shared and counted), so two users of {@code local} never time at the same time.
 * The agent itself comes from the class path ({@link InProcessAgent#start()}): this module does
 * not depend on latency-agent, the application that uses it (nas-cli) does.
 */
final class LocalFleetAgent {

    private static InProcessAgent shared;
    private static int users;

    private LocalFleetAgent() {
    }

    static synchronized FleetAgent start(AgentEntry entry) {
        if (shared == null) {
            shared = InProcessAgent.start();
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
