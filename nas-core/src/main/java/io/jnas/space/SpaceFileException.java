package io.jnas.space;

import io.jnas.failure.BadInput;
import java.nio.file.Path;

/** A space file that cannot be used; the message names the file, the field and the rule. */
public final class SpaceFileException extends RuntimeException implements BadInput {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String field;

    public SpaceFileException(Path file, String field, String problem) {
        super(file + ": " + (field.isEmpty() ? "" : field + " ") + problem);
        this.file = file;
        this.field = field;
    }

    public Path file() {
        return file;
    }

    /** The field path, e.g. {@code stages[2].kernel}; empty for the file as a whole. */
    public String field() {
        return field;
    }
}
