package io.jnas.table;

import java.nio.file.Path;

/** A table file that cannot be used; the message names the file, the line and the field. */
public final class TableFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public TableFormatException(Path file, int line, String field, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + (field.isEmpty() ? "" : field + " ")
                + problem);
    }
}
