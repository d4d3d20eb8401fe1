package io.jnas.cli.options;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The shared {@code --space} option of the commands that read one space (profile, eval-bench,
 * supernet train / reference / fidelity): a file, or the name of one in configs/spaces/, found
 * by {@link SpacePaths}. Mixed in with {@code @Mixin SpaceOption space;}.
 */
public final class SpaceOption {

    @Option(names = "--space", paramLabel = "FILE|NAME", defaultValue = SpacePaths.DEFAULT_SPACE,
            description = "Search space: a YAML file, or the name of one in configs/spaces/"
                    + " (default: ${DEFAULT-VALUE}).")
    String space;

    /** The space file, found from here or from the checkout. */
    public Path file() {
        return SpacePaths.resolve(space);
    }
}
