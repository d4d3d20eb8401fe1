package io.jnas.failure;

/**
 * Words for the failures of one transport that nas-core does not know, found by
 * {@link java.util.ServiceLoader} (as DJL finds its engines): agent-api's implementation reads
 * gRPC statuses, so {@link FailureText#of(Throwable)} names an agent that is down or refused a
 * token while nas-core carries no gRPC.
 */
public interface FailureWords {

    /** The failure in one line, or null when it is not of this provider's kind. */
    String words(Throwable t);
}
