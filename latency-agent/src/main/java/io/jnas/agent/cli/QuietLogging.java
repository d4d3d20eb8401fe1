package io.jnas.agent.cli;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logging of the command line, set before any library logs: quiet by default (warnings of our
 * own code only: no DJL start-up lines such as "CUDA driver version is insufficient" on a CPU
 * machine, no gRPC name-resolution traces), everything at info with {@code -v}/{@code --verbose}.
 * The agent's own one-line reports (a bad connection, a failed warm-up) stay visible.
 *
 * <pre>{@code QuietLogging.configure(args); // first line of main}</pre>
 */
public final class QuietLogging {

    /** Set to "true" when {@code -v} was given; read by loggers that shorten what they print. */
    public static final String VERBOSE_PROPERTY = "jnas.verbose";

    private static final String SLF4J = "org.slf4j.simpleLogger.";

    /** Held: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static final Logger GRPC = Logger.getLogger("io.grpc");

    private QuietLogging() {
    }

    /** Configures SLF4J-simple and java.util.logging from the raw arguments of main. */
    public static void configure(String[] args) {
        boolean verbose = List.of(args).contains("-v") || List.of(args).contains("--verbose");
        // system properties win over simplelogger.properties, and a user's -D wins over both
        setIfAbsent(SLF4J + "defaultLogLevel", verbose ? "info" : "warn");
        setIfAbsent(SLF4J + "log.ai.djl", verbose ? "info" : "error");
        setIfAbsent(SLF4J + "logFile", "System.err");
        if (verbose) {
            System.setProperty(VERBOSE_PROPERTY, "true");
        } else {
            // gRPC and its Netty log through java.util.logging
            GRPC.setLevel(Level.OFF);
        }
    }

    /** Whether {@code -v} was given to this process. */
    public static boolean verbose() {
        return Boolean.getBoolean(VERBOSE_PROPERTY);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
