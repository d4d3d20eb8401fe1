package io.jnas.agent.guard;

import static java.util.Objects.requireNonNull;

/**
 * A request the agent will not serve, with why in the words of the field at fault
 * ("settings.batch must be in [1, 256], but was 0"). The server turns the {@link Reason} into a
 * gRPC status code.
 */
public final class RequestRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a request is refused; each maps to one gRPC status code. */
    public enum Reason {
        /** Malformed or beyond the limits: INVALID_ARGUMENT. */
        INVALID,
        /** Valid in general but not on this agent (engine, device, threads): FAILED_PRECONDITION. */
        UNSUPPORTED_HERE,
        /** The queue is full: RESOURCE_EXHAUSTED. */
        BUSY,
        /** The agent is stopping: UNAVAILABLE. */
        SHUTTING_DOWN
    }

    private final Reason reason;

    public RequestRejectedException(Reason reason, String message) {
        super(requireNonNull(message, "message"));
        this.reason = requireNonNull(reason, "reason");
    }

    public static RequestRejectedException invalid(String message) {
        return new RequestRejectedException(Reason.INVALID, message);
    }

    public Reason reason() {
        return reason;
    }
}
