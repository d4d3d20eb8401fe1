package io.jnas.fleet;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * One agent of a fleet file: a name, where it listens ({@code local} for the in-process agent on
 * this machine's CPU), and how to talk to it.
 */
public record AgentEntry(
        String name,
        String address,
        Optional<String> token,
        Optional<Path> tlsCa,
        Duration timeout) {

    public static final String LOCAL = "local";

    public AgentEntry {
        requireNonNull(name, "name");
        requireNonNull(address, "address");
        requireNonNull(token, "token");
        requireNonNull(tlsCa, "tlsCa");
        requireNonNull(timeout, "timeout");
    }

    public boolean isLocal() {
        return address.equals(LOCAL);
    }

    /** The address for messages, never the token. */
    @Override
    public String toString() {
        return name + " (" + address + ")";
    }
}
