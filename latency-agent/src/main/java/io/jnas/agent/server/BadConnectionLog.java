package io.jnas.agent.server;

import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;

/**
 * One short line per bad connection (a port scanner, an HTTP/1 client, a TLS client on a plain
 * port), at most {@value #LINES_PER_MINUTE} a minute, then a count of what was left out.
 * gRPC's Netty transport otherwise logs a full Http2Exception stack trace for each one, so any
 * client could flood the agent's log. With {@code -v} ({@code jnas.verbose}) the trace is kept.
 *
 * <pre>{@code BadConnectionLog.install(); // once, before the server starts}</pre>
 */
final class BadConnectionLog extends Handler {

    /** Lines printed per minute before the rest are only counted. */
    static final int LINES_PER_MINUTE = 10;

    /** The logger gRPC's Netty transport reports failed connections on ("Transport failed"). */
    static final String TRANSPORT_LOGGER =
            "io.grpc.netty.shaded.io.grpc.netty.NettyServerTransport";

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(BadConnectionLog.class);
    /** Held: java.util.logging keeps loggers weakly, and a collected one loses its handler. */
    private static final Logger TRANSPORT = Logger.getLogger(TRANSPORT_LOGGER);
    private static final BadConnectionLog INSTANCE =
            new BadConnectionLog(System::nanoTime, LOG::warn);

    private final LongSupplier clock;
    private final Consumer<String> sink;
    private long windowStart;
    private int printed;
    private int suppressed;

    /**
     * @param clock nanoseconds, for the per-minute quota
     * @param sink where the lines go
     */
    BadConnectionLog(LongSupplier clock, Consumer<String> sink) {
        this.clock = clock;
        this.sink = sink;
        this.windowStart = clock.getAsLong();
    }

    /** Routes the transport's connection failures here (idempotent). */
    static void install() {
        if (!Boolean.getBoolean("jnas.verbose")) {
            install(INSTANCE);
        }
    }

    /** Routes the transport's connection failures to {@code log} only (idempotent). */
    static synchronized void install(BadConnectionLog log) {
        TRANSPORT.setUseParentHandlers(false);
        TRANSPORT.setLevel(Level.INFO);
        for (Handler h : TRANSPORT.getHandlers()) {
            if (h instanceof BadConnectionLog) {
                TRANSPORT.removeHandler(h);
            }
        }
        TRANSPORT.addHandler(log);
    }

    @Override
    public void publish(LogRecord r) {
        if (r.getLevel().intValue() < Level.INFO.intValue()) {
            return; // resets and plain I/O errors: gRPC itself rates them routine
        }
        String line = line(r);
        if (line != null) {
            sink.accept(line);
        }
    }

    /** The line to print for a record, or null when the minute's quota is spent. */
    synchronized String line(LogRecord r) {
        long now = clock.getAsLong();
        String carried = null;
        if (now - windowStart >= 60_000_000_000L) {
            if (suppressed > 0) {
                carried = suppressed + " more bad connection(s) in the last minute not shown; ";
            }
            windowStart = now;
            printed = 0;
            suppressed = 0;
        }
        if (printed >= LINES_PER_MINUTE) {
            suppressed++;
            return null;
        }
        printed++;
        return (carried == null ? "" : carried) + "bad connection closed: " + reason(r.getThrown());
    }

    /** The cause's first sentence, without Netty's hex dump of the bytes received. */
    static String reason(Throwable t) {
        if (t == null || t.getMessage() == null) {
            return "the client did not speak gRPC";
        }
        String m = t.getMessage().strip();
        int dump = m.indexOf(". Hex dump");
        if (dump >= 0) {
            m = m.substring(0, dump);
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
