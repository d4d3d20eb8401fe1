package io.jnas.data;

/**
 * The files of a data set are not where they were looked for (and were not downloaded); the
 * message lists the places searched, the files needed and how to get them.
 */
public final class MissingDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MissingDataException(String message) {
        super(message);
    }

    public MissingDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
