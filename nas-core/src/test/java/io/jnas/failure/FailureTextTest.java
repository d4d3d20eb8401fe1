package io.jnas.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grpc.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of failures and the one line each reads as, with its exit code. Real sockets give
 * these causes in the agent's {@code ConnectionFailureCorpusIT}; here each cause is built as the
 * JDK and gRPC build it, so every mapping is pinned.
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
                    "internal error without a message (run with -v for its stack trace)"),
            Arguments.of(unavailable(new ConnectException(
                    "finishConnect(..) failed: Connection refused: localhost/127.0.0.1:1")), 1,
                    "connection refused by localhost/127.0.0.1:1 (nothing listening there?)"),
            Arguments.of(unavailable(new UnknownHostException(
                    "nosuchhost.invalid: Name or service not known")), 1,
                    "host not found: nosuchhost.invalid"),
            Arguments.of(unavailable(new NoRouteToHostException("No route to host")), 1,
                    "no route to host"),
            Arguments.of(unavailable(new IOException("connect(..) failed: Network is"
                    + " unreachable")), 1, "no route to host"),
            Arguments.of(unavailable(new SSLHandshakeException("General OpenSslEngine problem",
                    new IllegalStateException("PKIX path building failed: unable to find valid"
                            + " certification path to requested target"))), 1,
                    "TLS handshake failed: the agent's certificate is not signed by the given CA"
                            + " file (--tls-ca / tls_ca)"),
            Arguments.of(Status.UNAVAILABLE.withDescription("Network closed for unknown reason")
                    .asRuntimeException(), 1, "the agent closed the connection at once: it may"
                    + " expect TLS (give --tls-ca / tls_ca) or not be a jnas agent"),
            Arguments.of(Status.DEADLINE_EXCEEDED.withDescription("deadline exceeded after 9.9s")
                    .asRuntimeException(), 1,
                    "no answer within the deadline (deadline exceeded after 9.9s)"),
            Arguments.of(Status.INVALID_ARGUMENT.withDescription("too many keys")
                    .asRuntimeException(), 1, "the agent answered INVALID_ARGUMENT: too many keys"));
    }

    static RuntimeException unavailable(Throwable cause) {
        return Status.UNAVAILABLE.withDescription("io exception").withCause(cause)
                .asRuntimeException();
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("failures")
    void readsAsOneLineWithItsExitCode(Throwable t, int code, String line) {
        assertEquals(line, FailureText.of(t));
        assertEquals(code, FailureText.exitCode(t));
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
