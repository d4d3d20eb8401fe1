package io.jnas.cli.options;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a space file named on the command line is: relative to the working directory first,
 * then to the checkout the launcher runs from ({@code -Dnas.home}), so the defaults work from
 * any folder.
 */
public final class SpacePaths {

    public static final String DEFAULT_SPACE = "configs/spaces/mnist-small.yaml";

    private SpacePaths() {
    }

    public static Path resolve(String name) {
        Path p = Path.of(name);
        String home = System.getProperty("nas.home");
        if (!p.isAbsolute() && !Files.exists(p) && home != null) {
            Path inHome = Path.of(home).resolve(p);
            if (Files.exists(inHome)) {
                return inHome;
            }
        }
        return p;
    }
}
