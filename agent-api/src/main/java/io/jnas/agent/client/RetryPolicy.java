package io.jnas.agent.client;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.channels.ClosedChannelException;

/**
 * The one rule for which failed agent calls may succeed on a later try, used by {@link
 * AgentClient}'s own retries and by the engine's fleet (which retries whole shards).
 *
 * <ul>
 *   <li>UNAVAILABLE (no connection, the agent restarting) and DEADLINE_EXCEEDED (a call that
 *       ran out of time, e.g. a busy device) are retried: the agent did not answer.
 *   <li>RESOURCE_EXHAUSTED is not: the agent answered that its queue is full, and asking again
 *       at once only adds to the queue; a caller with other agents gives the work to them.
 *   <li>Every other status is an answer (bad request, refused token, ...) and never retried.
 * </ul>
 *
 * <pre>{@code
 * StatusRuntimeException e = RetryPolicy.normalize(raw);
 * if (RetryPolicy.retryable(e.getStatus().getCode())) { ... }
 * }</pre>
 */
public final class RetryPolicy {

    private RetryPolicy() {
    }

    /** True for the statuses that a later try may turn into an answer. */
    public static boolean retryable(Status.Code code) {
        return code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED;
    }

    /**
     * A connection reset under a call sometimes surfaces as UNKNOWN "channel closed" with a
     * {@link ClosedChannelException} cause (grpc/grpc-java#10120): that is the transport failing,
     * not the agent answering, so it is reported and retried as UNAVAILABLE. Every other
     * exception is returned as it is.
     */
    public static StatusRuntimeException normalize(StatusRuntimeException e) {
        if (e.getStatus().getCode() != Status.Code.UNKNOWN) {
            return e;
        }
        for (Throwable t = e.getStatus().getCause(); t != null; t = t.getCause()) {
            if (t instanceof ClosedChannelException) {
                return Status.UNAVAILABLE.withDescription("connection to the agent closed: "
                        + e.getStatus().getDescription()).withCause(e).asRuntimeException();
            }
        }
        return e;
    }
}
