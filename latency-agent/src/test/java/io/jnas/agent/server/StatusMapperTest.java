package io.jnas.agent.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import io.jnas.agent.MeasurementFailedException;
import io.jnas.agent.guard.RequestRejectedException;
import io.jnas.agent.guard.RequestRejectedException.Reason;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class StatusMapperTest {

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyRejectionReasonHasItsCodeAndKeepsTheMessage(Reason reason) {
        Status s = StatusMapper.status(new RequestRejectedException(reason, "why " + reason));
        Status.Code expected = switch (reason) {
            case INVALID -> Status.Code.INVALID_ARGUMENT;
            case UNSUPPORTED_HERE -> Status.Code.FAILED_PRECONDITION;
            case BUSY -> Status.Code.RESOURCE_EXHAUSTED;
            case SHUTTING_DOWN -> Status.Code.UNAVAILABLE;
        };
        assertEquals(expected, s.getCode());
        assertEquals("why " + reason, s.getDescription());
    }

    @Test
    void cancellationIsCancelled() {
        assertEquals(Status.Code.CANCELLED,
                StatusMapper.status(new CancellationException("gone")).getCode());
    }

    @Test
    void engineFailureIsInternalAndNamesTheBlock() {
        Status s = StatusMapper.status(new MeasurementFailedException("fc:i16:o10:k1:s1:e1:none:se0:1x1",
                new IllegalStateException("native allocation failed")));
        assertEquals(Status.Code.INTERNAL, s.getCode());
        assertTrue(s.getDescription().contains("fc:i16:o10"), s.getDescription());
        assertTrue(s.getDescription().contains("native allocation failed"), s.getDescription());
    }

    @Test
    void anythingElseIsInternalWithoutAStackTrace() {
        Status s = StatusMapper.status(new IllegalStateException("boom"));
        assertEquals(Status.Code.INTERNAL, s.getCode());
        assertEquals("agent error: IllegalStateException: boom", s.getDescription());
    }
}
