package io.jnas.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.AccessDeniedException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of failures and the one line each reads as, with its exit code; each cause is built
 * as the JDK builds it, so every mapping is pinned. gRPC's statuses are worded by agent-api's
 * {@code StatusWords} (its {@code StatusWordsTest}); real sockets give those causes in the agent's
 * {@code ConnectionFailureCorpusIT}.
 */
class FailureTextTest {

    static Stream<Arguments> failures() {
        return Stream.of(
            Arguments.of(new UncheckedIOException("cannot write runs/a/config.yaml",
                    new IOException("No space left on device")), 1,
                    "cannot write runs/a/config.yaml: no space left on device"),
            Arguments.of(new UncheckedIOException("cannot write t.csv",
                    new AccessDeniedException("t.csv")), 1, "cannot write t.csv: permission denied"),
            Arguments.of(new IllegalStateException("the run failed: io.jnas.data"
                    + ".DataFileException: images.idx: header must be 2051"), 1,
                    "the run failed: images.idx: header must be 2051"),
            Arguments.of(new IllegalArgumentException("a: must be b, but was c"), 2,
                    "a: must be b, but was c"),
            Arguments.of(new Marked("t.csv:3: column 'x' must be a number"), 2,
                    "t.csv:3: column 'x' must be a number"),
            Arguments.of(new NullPointerException(), 1,
                    "internal error without a message (run with -v for its stack trace)"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("failures")
    void readsAsOneLineWithItsExitCode(Throwable t, int code, String line) {
        assertEquals(line, FailureText.of(t));
        assertEquals(code, FailureText.exitCode(t));
    }

    @Test
    void aTransportsCauseReadsAsWords() {
        assertEquals("connection refused by localhost/127.0.0.1:1 (nothing listening there?)",
                FailureText.causeOf(new ConnectException("finishConnect(..) failed: Connection"
                        + " refused: localhost/127.0.0.1:1")));
        assertEquals("no route to host", FailureText.causeOf(new IOException("connect(..)"
                + " failed: Network is unreachable")));
        assertEquals(null, FailureText.causeOf(new IOException("something else")));
    }

    @Test
    void aTypeOfBothKindsSaysWhichAndAWholeMessageGetsNoCauseWordsAgain() {
        Both down = new Both(false, "cannot reach the database at X (Connection refused): start"
                + " it", new ConnectException("Connection refused"));
        assertEquals(1, FailureText.exitCode(down));
        assertEquals(down.getMessage(), FailureText.of(down));
        assertEquals(2, FailureText.exitCode(new Both(true, "wrong password", null)));
        RuntimeException plain = new RuntimeException("cannot reach X",
                new ConnectException("Connection refused"));
        assertEquals("cannot reach X: connection refused (nothing listening there?)",
                FailureText.of(plain));
    }

    /** Bad input or a failure, as DistributedException is; its message is whole. */
    static final class Both extends RuntimeException implements BadInput, WholeMessage {
        private static final long serialVersionUID = 1L;
        private final boolean badInput;

        Both(boolean badInput, String message, Throwable cause) {
            super(message, cause);
            this.badInput = badInput;
        }

        @Override
        public boolean badInput() {
            return badInput;
        }
    }

    /** A bad-input exception that is not an IllegalArgumentException. */
    static final class Marked extends RuntimeException implements BadInput {
        private static final long serialVersionUID = 1L;

        Marked(String message) {
            super(message);
        }
    }
}
