package io.jnas.arch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A fully resolved candidate of some search space, as the search sees it: a canonical JSON form
 * and a content hash (the cache and log key everywhere), and a short summary for people. The
 * block-list {@link Architecture} is one kind; a NAS-Bench-201 cell network
 * ({@code io.jnas.cell.CellNetwork}) is another.
 *
 * <pre>{@code
 * Design d = codec.decode(genotype);
 * log.put(d.hash(), d.toJson());
 * }</pre>
 */
public interface Design {

    /** Canonical JSON: fixed field order, no whitespace; equal designs give equal bytes. */
    String toJson();

    /** First 16 hex digits of the SHA-256 of {@link #toJson()}. */
    String hash();

    /** A short human summary (for block lists: kernel, expansion and width per block). */
    String summary();

    /** The network's input: what a data set must match to train it. */
    InputShape input();

    /** Outputs of the classifier. */
    int classes();

    /**
     * The design's key in recorded tables: a string notation that names it uniquely within its
     * space (a cell's {@code |op~0|+...} string; for a block list its canonical JSON).
     */
    default String notation() {
        return toJson();
    }

    /** First 16 hex digits of the SHA-256 of a canonical form: the hash every design uses. */
    static String contentHash(String canonical) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
