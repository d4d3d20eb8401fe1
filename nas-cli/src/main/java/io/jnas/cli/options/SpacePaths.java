package io.jnas.cli.options;

import io.jnas.text.ProjectHome;
import java.nio.file.Path;

/**
 * How every command reads a space named on the command line: a bare name means
 * {@code configs/spaces/NAME.yaml}; the file is then found by {@link ProjectHome} (the working
 * directory first, then the checkout the launcher runs from).
 */
public final class SpacePaths {

    public static final String DEFAULT_SPACE = "configs/spaces/mnist-small.yaml";

    private SpacePaths() {
    }

    /** The space file a flag value names, as given (what a run's config.yaml records). */
    public static String named(String value) {
        return value.contains("/") || value.endsWith(".yaml") ? value
                : "configs/spaces/" + value + ".yaml";
    }

    /** The file of {@link #named(String)}, found from here or from the checkout. */
    public static Path resolve(String name) {
        return ProjectHome.resolve(Path.of(named(name)));
    }
}
