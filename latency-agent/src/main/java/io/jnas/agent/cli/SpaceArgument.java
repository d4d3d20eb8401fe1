package io.jnas.agent.cli;

import io.jnas.space.SearchSpace;
import io.jnas.space.SpaceFileException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code --space} file of a client command: a space that cannot be read is a bad option. */
final class SpaceArgument {

    private SpaceArgument() {
    }

    static SearchSpace load(CommandSpec spec, Path file) {
        try {
            return SearchSpace.load(file);
        } catch (SpaceFileException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
