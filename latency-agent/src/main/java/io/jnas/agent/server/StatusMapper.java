package io.jnas.agent.server;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.jnas.agent.MeasurementFailedException;
import io.jnas.agent.guard.RequestRejectedException;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where the agent's exceptions become gRPC status codes. A client sees a code and
 * a one-line description naming the field or block, never a stack trace.
 *
 * <table>
 *   <caption>Mapping</caption>
 *   <tr><td>RequestRejected INVALID, IllegalArgumentException</td><td>INVALID_ARGUMENT</td></tr>
 *   <tr><td>RequestRejected UNSUPPORTED_HERE</td><td>FAILED_PRECONDITION</td></tr>
 *   <tr><td>RequestRejected BUSY</td><td>RESOURCE_EXHAUSTED</td></tr>
 *   <tr><td>RequestRejected SHUTTING_DOWN</td><td>UNAVAILABLE</td></tr>
 *   <tr><td>CancellationException</td><td>CANCELLED</td></tr>
 *   <tr><td>MeasurementFailedException, anything else</td><td>INTERNAL</td></tr>
 * </table>
 */
public final class StatusMapper {

    private static final Logger LOG = LoggerFactory.getLogger(StatusMapper.class);

    private StatusMapper() {
    }

    public static StatusRuntimeException toStatus(Throwable t) {
        return status(t).asRuntimeException();
    }

    static Status status(Throwable t) {
        if (t instanceof StatusRuntimeException s) {
            return s.getStatus();
        }
        if (t instanceof RequestRejectedException r) {
            Status code = switch (r.reason()) {
                case INVALID -> Status.INVALID_ARGUMENT;
                case UNSUPPORTED_HERE -> Status.FAILED_PRECONDITION;
                case BUSY -> Status.RESOURCE_EXHAUSTED;
                case SHUTTING_DOWN -> Status.UNAVAILABLE;
            };
            return code.withDescription(r.getMessage());
        }
        if (t instanceof IllegalArgumentException) {
            return Status.INVALID_ARGUMENT.withDescription(t.getMessage());
        }
        if (t instanceof CancellationException) {
            return Status.CANCELLED.withDescription(t.getMessage());
        }
        if (t instanceof MeasurementFailedException) {
            LOG.warn("{}", t.getMessage(), t.getCause());
            return Status.INTERNAL.withDescription(t.getMessage());
        }
        LOG.error("unexpected failure in a call", t);
        return Status.INTERNAL.withDescription("agent error: " + t.getClass().getSimpleName()
                + ": " + t.getMessage());
    }
}
