package io.jnas.text;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the project's own files are (configs/, datasets/, lookup-tables/): the checkout named by
 * the system property {@value #PROPERTY}, which the launcher {@code nas} sets and the build sets
 * for tests; the working directory without it. The one locator of space, reference and data
 * files: a relative path is tried from the working directory first, then from the home, so the
 * defaults work from any folder.
 *
 * <pre>{@code Path space = ProjectHome.resolve(Path.of("configs/spaces/mnist-small.yaml"));}</pre>
 */
public final class ProjectHome {

    /** The system property naming the checkout. */
    public static final String PROPERTY = "nas.home";

    private ProjectHome() {
    }

    /** The checkout, or the working directory when the property is not set. */
    public static Path root() {
        return Path.of(System.getProperty(PROPERTY, "."));
    }

    /** {@code p} itself when it exists or is absolute, else {@code p} under the home if there. */
    public static Path resolve(Path p) {
        String home = System.getProperty(PROPERTY);
        if (!p.isAbsolute() && !Files.exists(p) && home != null) {
            Path inHome = Path.of(home).resolve(p);
            if (Files.exists(inHome)) {
                return inHome;
            }
        }
        return p;
    }
}
