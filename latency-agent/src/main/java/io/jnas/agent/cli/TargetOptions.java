package io.jnas.agent.cli;

import io.jnas.agent.client.AgentClient;
import io.jnas.agent.client.ClientOptions;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How a client command reaches an agent: address, token, TLS, deadline. */
final class TargetOptions {

    @Option(names = "--target", required = true, paramLabel = "HOST:PORT",
            description = "Address of the agent, e.g. 127.0.0.1:50051.")
    String target;

    @Mixin
    TokenOptions token;

    @Option(names = "--tls-ca", paramLabel = "PEM",
            description = "Certificates to trust: talk TLS to the agent.")
    Path tlsCa;

    @Option(names = "--deadline-s", defaultValue = "1800", paramLabel = "S",
            description = "Deadline of each profiling call in seconds (default ${DEFAULT-VALUE}).")
    long deadlineSeconds;

    AgentClient connect(CommandSpec spec) {
        if (deadlineSeconds < 1 || deadlineSeconds > 86_400) {
            throw new ParameterException(spec.commandLine(), "--deadline-s must be an integer in"
                    + " [1, 86400], but was " + deadlineSeconds);
        }
        ClientOptions o = ClientOptions.defaults()
                .withToken(token.read(spec))
                .withTlsCa(tlsCa)
                .withDeadlines(Duration.ofSeconds(10), Duration.ofSeconds(deadlineSeconds));
        return AgentClient.connect(target, o);
    }
}
