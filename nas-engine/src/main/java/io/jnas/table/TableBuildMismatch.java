package io.jnas.table;

/** An existing table or journal was measured under another protocol than the one requested. */
public final class TableBuildMismatch extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public TableBuildMismatch(String message) {
        super(message);
    }
}
