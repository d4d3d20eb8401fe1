package io.jnas.agent.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.grpc.Status;
import io.jnas.failure.FailureText;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A failed agent call reads as one line through {@link FailureText#of(Throwable)}, which finds
 * {@link StatusWords} by ServiceLoader; each status and cause is built as gRPC and the JDK build
 * it (real sockets give them in the agent's {@code ConnectionFailureCorpusIT}).
 */
class StatusWordsTest {

    static Stream<Arguments> failures() {
        return Stream.of(
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
    void otherFailuresAreNotItsKind() {
        assertNull(new StatusWords().words(new IOException("disk full")));
    }
}
