package io.jnas.agent.client;

import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.jnas.failure.FailureText;
import io.jnas.failure.FailureWords;

/**
 * A failed agent call in words: gRPC's "UNAVAILABLE: io exception" becomes "connection refused
 * by HOST (nothing listening there?)", "host not found", "no route to host" or "TLS mismatch";
 * a deadline, a refused token and any other status say so. Registered for
 * {@link FailureText#of(Throwable)} in {@code META-INF/services}, so the words live where gRPC
 * is and nas-core carries none.
 */
public final class StatusWords implements FailureWords {

    @Override
    public String words(Throwable t) {
        if (t instanceof StatusRuntimeException s) {
            return of(s.getStatus());
        }
        if (t instanceof StatusException s) {
            return of(s.getStatus());
        }
        return null;
    }

    private static String of(Status s) {
        String cause = s.getCause() == null ? null : FailureText.causeOf(s.getCause());
        String description = s.getDescription() == null ? "" : FailureText.clean(s.getDescription());
        return switch (s.getCode()) {
            case UNAVAILABLE -> cause != null ? cause
                    : description.startsWith("Network closed for unknown reason")
                    ? "the agent closed the connection at once: it may expect TLS (give --tls-ca"
                            + " / tls_ca) or not be a jnas agent"
                    : "agent unavailable" + (description.isEmpty()
                            || description.equals("io exception") ? "" : ": " + description);
            case DEADLINE_EXCEEDED -> "no answer within the deadline"
                    + (description.isEmpty() ? "" : " (" + description + ")");
            case UNAUTHENTICATED -> "the agent refused the token"
                    + (description.isEmpty() ? "" : ": " + description);
            default -> "the agent answered " + s.getCode()
                    + (description.isEmpty() ? "" : ": " + description)
                    + (cause == null ? "" : " (" + cause + ")");
        };
    }
}
