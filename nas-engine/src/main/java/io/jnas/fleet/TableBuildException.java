package io.jnas.fleet;

/** A table build that could not finish; what was measured stays in the journal. */
public final class TableBuildException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TableBuildException(String message) {
        super(message);
    }
}
