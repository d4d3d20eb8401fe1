package io.jnas.agent.cli;

import picocli.CommandLine;

/**
 * Entry point of the self-contained device jar: {@code java -jar latency-agent.jar --port 50051}
 * serves; {@code java -jar latency-agent.jar describe --target host:port} asks one. The thread
 * count is read from the arguments before DJL is touched, because PyTorch fixes it once.
 */
public final class AgentMain {

    private AgentMain() {
    }

    public static void main(String[] args) {
        // DJL must never phone home, even when started without the launcher's flags
        System.setProperty("OPT_OUT_TRACKING", "true");
        QuietLogging.configure(args);
        System.exit(CliFailures.configure(new CommandLine(new AgentCommand())).execute(args));
    }
}
