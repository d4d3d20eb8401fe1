package io.jnas.agent.client;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a client talks to an agent.
 *
 * @param token shared token sent as {@code authorization: Bearer <token>}; null for none
 * @param tlsCa PEM certificates to trust for TLS; null for plain TCP
 * @param callDeadline deadline of {@code Describe} and {@code Health}
 * @param profileDeadline deadline of one {@code ProfileOps} or {@code ProfileModel} call, or,
 *     when {@code perKey}, of each op key a {@code ProfileOps} call asks for
 * @param perKey true when {@code ProfileOps}' deadline grows with the keys it asks for
 * @param maxAttempts attempts per call when {@link RetryPolicy} allows a retry (1 = no retry)
 */
public record ClientOptions(String token, Path tlsCa, Duration callDeadline,
        Duration profileDeadline, boolean perKey, int maxAttempts) {

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
        return new ClientOptions(null, null, Duration.ofSeconds(10), Duration.ofMinutes(30), false,
                3);
    }

    /** The deadline of a profile call that asks for {@code keys} op keys (1 for a model). */
    public Duration profileDeadline(int keys) {
        return perKey ? profileDeadline.multipliedBy(Math.max(1, keys)) : profileDeadline;
    }

    public ClientOptions withToken(String t) {
        return new ClientOptions(t, tlsCa, callDeadline, profileDeadline, perKey, maxAttempts);
    }

    public ClientOptions withTlsCa(Path ca) {
        return new ClientOptions(token, ca, callDeadline, profileDeadline, perKey, maxAttempts);
    }

    public ClientOptions withDeadlines(Duration call, Duration profile) {
        return new ClientOptions(token, tlsCa, call, profile, false, maxAttempts);
    }

    /** Deadlines with {@code profilePerKey} for each op key of a ProfileOps call. */
    public ClientOptions withDeadlinesPerKey(Duration call, Duration profilePerKey) {
        return new ClientOptions(token, tlsCa, call, profilePerKey, true, maxAttempts);
    }

    public ClientOptions withMaxAttempts(int attempts) {
        return new ClientOptions(token, tlsCa, callDeadline, profileDeadline, perKey, attempts);
    }
}
