package io.jnas.agent.cli;

import io.jnas.agent.AgentConfig;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * How an agent started by a command runs: its intra-op threads and its untimed warm-up at start.
 * The same flags on {@code agent} (which serves) and {@code agent bench} (which starts one
 * in-process).
 */
final class AgentStartOptions {

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "Intra-op threads, fixed for the agent's life (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--startup-warmup-ms", defaultValue = "2000", paramLabel = "MS",
            description = "Untimed calls at start so the JIT is warm (default ${DEFAULT-VALUE}).")
    long startupWarmupMs;

    /** {@code config} with these threads and this warm-up. */
    AgentConfig applyTo(AgentConfig config) {
        return config.withThreads(threads).withStartupWarmup(startupWarmup());
    }

    Duration startupWarmup() {
        return Duration.ofMillis(startupWarmupMs);
    }
}
