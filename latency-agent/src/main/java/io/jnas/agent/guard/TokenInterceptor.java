package io.jnas.agent.guard;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets a call through only when its {@code authorization} metadata is {@code Bearer <token>}.
 * The comparison takes the same time whatever the mismatch ({@link MessageDigest#isEqual}
 * on SHA-256 digests, so not even the token's length leaks), and the refusal never echoes what
 * the client sent.
 *
 * <pre>{@code ServerInterceptors.intercept(service, new TokenInterceptor(token));}</pre>
 */
public final class TokenInterceptor implements ServerInterceptor {

    /** The metadata key clients put the token in. */
    public static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    private static final String SCHEME = "Bearer ";

    private final byte[] expected;

    public TokenInterceptor(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("token must not be empty");
        }
        this.expected = sha256(SCHEME + token);
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
            ServerCallHandler<Q, R> next) {
        String sent = headers.get(AUTHORIZATION);
        if (sent == null) {
            return refuse(call, "authorization metadata must be 'Bearer <agent token>', but was"
                    + " missing");
        }
        if (!MessageDigest.isEqual(expected, sha256(sent))) {
            return refuse(call, "authorization metadata must carry this agent's token, but it"
                    + " did not match");
        }
        return next.startCall(call, headers);
    }

    private static <Q, R> ServerCall.Listener<Q> refuse(ServerCall<Q, R> call, String why) {
        call.close(Status.UNAUTHENTICATED.withDescription(why), new Metadata());
        return new ServerCall.Listener<>() {
        };
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
