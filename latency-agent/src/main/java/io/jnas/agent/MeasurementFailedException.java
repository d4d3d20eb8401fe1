package io.jnas.agent;

/** The engine failed while building or timing a block; names the block. */
public final class MeasurementFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MeasurementFailedException(String subject, Throwable cause) {
        super("measuring " + subject + " failed: " + cause.getClass().getSimpleName() + ": "
                + cause.getMessage(), cause);
    }
}
