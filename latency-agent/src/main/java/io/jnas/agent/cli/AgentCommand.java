package io.jnas.agent.cli;

import io.jnas.agent.AgentConfig;
import io.jnas.agent.DeviceAgent;
import io.jnas.agent.DeviceInfo;
import io.jnas.agent.profiler.ComputeDevice;
import io.jnas.agent.server.AgentServer;
import io.jnas.options.VerboseOption;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code agent}: serves this device's latency agent until SIGTERM or SIGINT (which finish the
 * block in hand, answer, and stop). Its subcommands talk to an agent.
 */
@Command(name = "agent", mixinStandardHelpOptions = true, version = "jnas latency agent",
        description = {"Serve this device's latency agent over gRPC (until SIGTERM), or talk to"
                + " one with a subcommand.",
            "Binds to loopback unless --bind says otherwise; any other address needs a token."},
        subcommands = {DescribeCommand.class, ProfileCommand.class, BenchCommand.class})
public final class AgentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "50051",
            description = "TCP port (0 picks a free one; default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String bind;

    @Mixin
    TokenOptions token;

    @Option(names = "--tls-cert", paramLabel = "PEM", description = "TLS certificate chain.")
    Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "PEM", description = "TLS private key (PKCS#8).")
    Path tlsKey;

    @Option(names = "--hardware-id", paramLabel = "ID",
            description = "Hardware id to report instead of the derived one ([a-z0-9-]).")
    String hardwareId;

    @Option(names = "--engine", defaultValue = "pytorch", paramLabel = "ENGINE",
            description = "Engine that measures: pytorch or onnxruntime (default ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--device", defaultValue = "cpu", paramLabel = "cpu|cuda[:N]",
            description = "Device to measure on (default ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--queue-capacity", defaultValue = "16",
            description = "Calls that may wait behind the one measured (default ${DEFAULT-VALUE}).")
    int queueCapacity;

    @Mixin
    AgentStartOptions start;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        AgentServer.Options options;
        AgentConfig config;
        try {
            options = new AgentServer.Options(bind, port,
                    token.read(spec), tlsCert, tlsKey);
            options.checkExposure();
            config = start.applyTo(AgentConfig.defaults()
                    .withEngine(engine)
                    .withDevice(ComputeDevice.parse(device)))
                    .withHardwareId(hardwareId)
                    .withLimits(AgentConfig.defaults().limits().withQueueCapacity(queueCapacity));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        DeviceAgent agent;
        try {
            agent = DeviceAgent.start(config);
        } catch (IllegalStateException e) {
            return CliFailures.report(spec.commandLine().getErr(), "agent", e, verbose.on());
        }
        AgentServer server;
        try {
            server = AgentServer.start(agent, options, config.shutdownGrace());
        } catch (IOException | RuntimeException e) {
            agent.close();
            throw e;
        }
        server.installShutdownHook(() -> {
            out.printf("latency agent stopped after %d measurements%n",
                    agent.health().measuredBlocks());
            out.flush();
        });
        DeviceInfo d = agent.describe();
        out.printf("latency agent listening on %s:%d (hardware id %s; %s %s on %s, %d thread%s;"
                        + " token %s; tls %s)%n", bind, server.port(), d.hardwareId(), d.engine(),
                d.engineVersion(), d.device(), d.threads(), d.threads() == 1 ? "" : "s",
                options.token() == null ? "off" : "required", tlsCert == null ? "off" : "on");
        out.flush();
        server.blockUntilShutdown();
        return 0;
    }
}
