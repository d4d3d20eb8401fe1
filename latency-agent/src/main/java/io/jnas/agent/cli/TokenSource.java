package io.jnas.agent.cli;

import io.jnas.text.InputFileException;
import io.jnas.text.TextFile;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Where the shared token comes from: {@code --token-file} (preferred: a token on the command
 * line shows in {@code ps}), {@code --token}, or the {@code JNAS_AGENT_TOKEN} environment
 * variable.
 */
final class TokenSource {

    static final String ENV = "JNAS_AGENT_TOKEN";

    private TokenSource() {
    }

    /** The token, or null when none is given anywhere. */
    static String read(CommandSpec spec, String token, Path file) {
        if (token != null && file != null) {
            throw new ParameterException(spec.commandLine(),
                    "--token and --token-file must not be given together");
        }
        String t = token;
        if (file != null) {
            try {
                t = TextFile.read(file).strip();
            } catch (InputFileException e) {
                throw new ParameterException(spec.commandLine(), "--token-file must be a"
                        + " readable file, but " + file + " " + e.problem());
            }
        }
        if (t == null) {
            t = System.getenv(ENV);
        }
        if (t != null && t.isBlank()) {
            throw new ParameterException(spec.commandLine(), "the token must not be empty");
        }
        return t;
    }
}
