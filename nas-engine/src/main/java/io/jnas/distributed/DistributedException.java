package io.jnas.distributed;

import io.jnas.failure.BadInput;
import io.jnas.failure.WholeMessage;

/**
 * A failure of distributed evaluation with one message for the user: bad input (an URL, user or
 * password the database refuses, an unknown evaluator; exit 2) or a runtime failure (the
 * database cannot be reached, an evaluation failed on a worker; exit 1).
 */
public final class DistributedException extends RuntimeException
        implements BadInput, WholeMessage {

    private static final long serialVersionUID = 1L;

    private final boolean badInput;

    public DistributedException(boolean badInput, String message) {
        super(message);
        this.badInput = badInput;
    }

    public DistributedException(boolean badInput, String message, Throwable cause) {
        super(message, cause);
        this.badInput = badInput;
    }

    /** Whether the user gave something wrong (exit 2) rather than something failing (exit 1). */
    @Override
    public boolean badInput() {
        return badInput;
    }

    /** The process exit code: 2 for bad input, 1 otherwise. */
    public int exitCode() {
        return badInput ? 2 : 1;
    }
}
