package io.jnas.data;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.HexFormat;
import java.util.List;

/**
 * A canonical file of a data set: its name on disk, where it is published (mirrors in order of
 * preference) and the SHA-256 of the published bytes, checked after every download.
 */
public record RemoteFile(String name, List<URI> urls, String sha256) {

    public RemoteFile {
        requireNonNull(name, "name");
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("urls must not be empty (file " + name + ")");
        }
        if (sha256 == null || sha256.length() != 64 || !sha256.chars().allMatch(
                c -> HexFormat.isHexDigit(c) && !Character.isUpperCase(c))) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, but was "
                    + sha256 + " (file " + name + ")");
        }
    }

    /** A file published at {@code base + name} on each base URL. */
    public static RemoteFile of(String name, String sha256, String... baseUrls) {
        return new RemoteFile(name, java.util.Arrays.stream(baseUrls)
                .map(b -> URI.create(b + name)).toList(), sha256);
    }
}
