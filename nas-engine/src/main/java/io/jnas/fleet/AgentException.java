package io.jnas.fleet;

/** A call to an agent failed; the message names the agent and what went wrong. */
public final class AgentException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final boolean retryable;

    public AgentException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    /** True when the agent may answer a later try (unavailable, deadline), false for a refusal. */
    public boolean retryable() {
        return retryable;
    }
}
