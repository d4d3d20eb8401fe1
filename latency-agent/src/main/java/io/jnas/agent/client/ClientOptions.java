package io.jnas.agent.client;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a client talks to an agent.
 *
 * @param token shared token sent as {@code authorization: Bearer <token>}; null for none
 * @param tlsCa PEM certificates to trust for TLS; null for plain TCP
 * @param callDeadline deadline of {@code Describe} and {@code Health}
 * @param profileDeadline deadline of one {@code ProfileOps} or {@code ProfileModel} call
 * @param maxAttempts attempts per call when the agent is UNAVAILABLE (1 = no retry)
 */
public record ClientOptions(String token, Path tlsCa, Duration callDeadline,
        Duration profileDeadline, int maxAttempts) {

    public ClientOptions {
        if (callDeadline.isNegative() || callDeadline.isZero()
                || profileDeadline.isNegative() || profileDeadline.isZero()) {
            throw new IllegalArgumentException("deadlines must be > 0, but were " + callDeadline
                    + " and " + profileDeadline);
        }
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be in [1, 10], but was "
                    + maxAttempts);
        }
    }

    /** No token, plain TCP, 10 s for Describe and Health, 30 min per profile call, 3 attempts. */
    public static ClientOptions defaults() {
        return new ClientOptions(null, null, Duration.ofSeconds(10), Duration.ofMinutes(30), 3);
    }

    public ClientOptions withToken(String t) {
        return new ClientOptions(t, tlsCa, callDeadline, profileDeadline, maxAttempts);
    }

    public ClientOptions withTlsCa(Path ca) {
        return new ClientOptions(token, ca, callDeadline, profileDeadline, maxAttempts);
    }

    public ClientOptions withDeadlines(Duration call, Duration profile) {
        return new ClientOptions(token, tlsCa, call, profile, maxAttempts);
    }

    public ClientOptions withMaxAttempts(int attempts) {
        return new ClientOptions(token, tlsCa, callDeadline, profileDeadline, attempts);
    }
}
