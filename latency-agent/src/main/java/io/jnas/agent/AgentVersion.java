package io.jnas.agent;

/** The agent's version, recorded with every measurement so a table says what produced it. */
public final class AgentVersion {

    /** Bumped whenever the measurement protocol or its defaults change. */
    public static final String VERSION = "0.1.0";

    private AgentVersion() {
    }
}
