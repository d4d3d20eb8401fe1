package io.jnas.data;

import io.jnas.failure.BadInput;
import java.nio.file.Path;

/** A data file that cannot be used; the message names the file and what was expected. */
public final class DataFileException extends RuntimeException implements BadInput {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public DataFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public DataFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
