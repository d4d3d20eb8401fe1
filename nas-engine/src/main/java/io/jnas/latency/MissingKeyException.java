package io.jnas.latency;

import io.jnas.arch.OpKey;

/** A block key that a lookup table has no entry for. */
public final class MissingKeyException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public MissingKeyException(OpKey key, String table) {
        super("lookup table " + table + " has no entry for block " + key + "; measure the"
                + " space's blocks with `./nas tables build --space <space> --fleet <fleet>`"
                + " (keys already in the table are kept)");
    }
}
