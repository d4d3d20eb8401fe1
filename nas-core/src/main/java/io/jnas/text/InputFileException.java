package io.jnas.text;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * An input file that cannot be read as text or YAML. {@link #problem()} says why without the
 * file ("is not valid UTF-8 (byte 17, line 2)"), so a reader can put it into its own message
 * format; the message itself is {@code <file>: <problem>}.
 */
public final class InputFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;

    public InputFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = requireNonNull(file, "file");
        this.problem = requireNonNull(problem, "problem");
    }

    public Path file() {
        return file;
    }

    /** What is wrong, starting with a verb: "does not exist", "is not valid UTF-8 (...)". */
    public String problem() {
        return problem;
    }
}
