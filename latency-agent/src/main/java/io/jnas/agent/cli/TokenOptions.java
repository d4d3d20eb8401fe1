package io.jnas.agent.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The shared token, on the agent ({@code agent}: every call must carry it) and on its clients
 * ({@code agent describe/profile/bench}): the same two flags, read by {@link TokenSource}.
 */
final class TokenOptions {

    @Option(names = "--token", paramLabel = "T",
            description = "Shared token (prefer --token-file or the JNAS_AGENT_TOKEN environment"
                    + " variable: a token on the command line shows in ps).")
    String token;

    @Option(names = "--token-file", paramLabel = "FILE", description = "File holding the token.")
    Path tokenFile;

    /** The token, or null when none is given anywhere. */
    String read(CommandSpec spec) {
        return TokenSource.read(spec, token, tokenFile);
    }
}
