package io.jnas.agent.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.channels.ClosedChannelException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which statuses retry, and grpc-java's "channel closed" read as UNAVAILABLE. */
class RetryPolicyTest {

    @Test
    void onlyUnavailableAndDeadlinesAreRetryable() {
        List<Status.Code> retryable = Arrays.stream(Status.Code.values())
                .filter(RetryPolicy::retryable).toList();
        assertEquals(List.of(Status.Code.DEADLINE_EXCEEDED, Status.Code.UNAVAILABLE), retryable);
    }

    @Test
    void aChannelClosedUnderACallCountsAsUnavailable() {
        StatusRuntimeException reset = Status.UNKNOWN.withDescription("channel closed")
                .withCause(new ClosedChannelException()).asRuntimeException();
        StatusRuntimeException e = RetryPolicy.normalize(reset);
        assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode());
        assertEquals("connection to the agent closed: channel closed",
                e.getStatus().getDescription());
        assertEquals(true, RetryPolicy.retryable(e.getStatus().getCode()));
        // a cause further down the chain counts too; any other UNKNOWN stays an answer
        StatusRuntimeException deep = Status.UNKNOWN.withCause(
                new RuntimeException(new ClosedChannelException())).asRuntimeException();
        assertEquals(Status.Code.UNAVAILABLE, RetryPolicy.normalize(deep).getStatus().getCode());
        StatusRuntimeException other = Status.UNKNOWN.withDescription("x").asRuntimeException();
        assertEquals(other, RetryPolicy.normalize(other));
        StatusRuntimeException refused = Status.UNAUTHENTICATED.asRuntimeException();
        assertEquals(refused, RetryPolicy.normalize(refused));
    }
}
