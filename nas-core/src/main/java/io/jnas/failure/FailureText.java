package io.jnas.failure;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * A failure as one line of words for a user, and its exit code. The causes a user can act on are
 * named whatever layer reports them: a refused or unreachable socket becomes "connection
 * refused", "host not found", "no route to host" or "TLS mismatch"; an I/O failure says "no space
 * left on device" or "permission denied"; a transport's own failures (gRPC's statuses) are worded
 * by its {@link FailureWords}, found by ServiceLoader. Java class names never appear (a nested
 * exception's {@code toString()} in a message is cut to its message).
 *
 * <pre>{@code
 * err.println("nas search: " + FailureText.of(e));
 * return FailureText.exitCode(e);
 * }</pre>
 */
public final class FailureText {

    /** Exit code of a job that did what was asked. */
    public static final int OK = 0;
    /** Exit code of a failure at run time (an agent down, a full disk, a crash). */
    public static final int FAILED = 1;
    /** Exit code of input that cannot be used (a file, a flag, a table): picocli's usage code. */
    public static final int BAD_INPUT = 2;

    /** "io.jnas.data.DataFileException: " and the like, inside a message. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)(?::\\s*|\\b)");

    /** The transports' words (agent-api's gRPC statuses), found once. */
    private static final List<FailureWords> TRANSPORTS = ServiceLoader.load(FailureWords.class,
            FailureText.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();

    private FailureText() {
    }

    /** 2 for bad input (a {@link BadInput} saying so, an IllegalArgumentException), else 1. */
    public static int exitCode(Throwable t) {
        if (t instanceof BadInput b) {
            return b.badInput() ? BAD_INPUT : FAILED;
        }
        return t instanceof IllegalArgumentException ? BAD_INPUT : FAILED;
    }

    /** The failure in one line: its message, completed by the words of its root cause. */
    public static String of(Throwable t) {
        for (FailureWords transport : TRANSPORTS) {
            String words = transport.words(t);
            if (words != null) {
                return words;
            }
        }
        String message = t.getMessage() == null || t.getMessage().isBlank() ? null
                : clean(t.getMessage());
        if (t instanceof WholeMessage && message != null) {
            return message;
        }
        String cause = causeWords(t);
        if (message == null) {
            return cause != null ? cause : "internal error without a message (run with -v for"
                    + " its stack trace)";
        }
        if (cause == null || message.toLowerCase(Locale.ROOT).contains(cause)) {
            return message;
        }
        return message + ": " + cause;
    }

    /**
     * Why an I/O operation failed, in words: "no space left on device", "permission denied",
     * "the folder does not exist", else the exception's own message.
     */
    public static String ioReason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "the file or its folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return lowerFirst(f.getReason());
        }
        String m = e.getMessage();
        if (m != null && m.contains("No space left on device")) {
            return "no space left on device";
        }
        return m == null ? "input/output error" : clean(m);
    }

    /**
     * The words of a transport failure's cause (a refused connection, an unknown host, a TLS
     * mismatch), for a {@link FailureWords}; null when none is known.
     */
    public static String causeOf(Throwable cause) {
        String words = causeWords(cause);
        if (words == null && cause.getMessage() != null) {
            words = networkWords(cause.getMessage());
        }
        return words;
    }

    /** The words of the first cause in the chain a user can act on; null when none is known. */
    static String causeWords(Throwable top) {
        for (Throwable t = top; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String words = words(t);
            if (words != null) {
                return words;
            }
            if (t.getCause() == null && t != top && t.getMessage() != null) {
                return networkWords(t.getMessage());
            }
        }
        return null;
    }

    private static String words(Throwable t) {
        if (t instanceof UnknownHostException) {
            String host = t.getMessage() == null ? "" : t.getMessage().split(":", 2)[0].strip();
            return "host not found" + (host.isEmpty() ? "" : ": " + host);
        }
        if (t instanceof NoRouteToHostException) {
            return "no route to host";
        }
        if (t instanceof ConnectException) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            int refused = m.indexOf("refused: ");
            if (refused >= 0) {
                return "connection refused by " + m.substring(refused + "refused: ".length())
                        + " (nothing listening there?)";
            }
            if (m.contains("refused")) {
                return "connection refused (nothing listening there?)";
            }
            String n = networkWords(m);
            return n != null ? n : "cannot connect: " + lowerFirst(m);
        }
        String simple = t.getClass().getSimpleName();
        if (simple.equals("NotSslRecordException")) {
            return "TLS mismatch: the other side does not speak TLS (drop --tls-ca / tls_ca to"
                    + " talk plaintext)";
        }
        if (t instanceof SSLException s) {
            for (Throwable c = s; c != null; c = c.getCause()) {
                String m = c.getMessage() == null ? "" : c.getMessage();
                if (m.contains("PKIX") || m.contains("certification path")
                        || m.contains("certificate")) {
                    return "TLS handshake failed: the agent's certificate is not signed by the"
                            + " given CA file (--tls-ca / tls_ca)";
                }
            }
            return "TLS handshake failed: " + clean(s.getMessage() == null ? "" : s.getMessage());
        }
        if (t instanceof FileSystemException f) {
            return ioReason(f);
        }
        return t instanceof IOException && t.getMessage() != null
                ? networkWords(t.getMessage()) : null;
    }

    /** Words for the socket errors that reach us only as message text (native transports). */
    private static String networkWords(String m) {
        if (m.contains("No route to host") || m.contains("Network is unreachable")) {
            return "no route to host";
        }
        if (m.contains("Connection refused")) {
            return "connection refused (nothing listening there?)";
        }
        if (m.contains("No space left on device")) {
            return "no space left on device";
        }
        if (m.contains("not an SSL/TLS record")) {
            return "TLS mismatch: the other side does not speak TLS (drop --tls-ca / tls_ca to"
                    + " talk plaintext)";
        }
        return null;
    }

    /** A message without the class names of nested exceptions' {@code toString()}. */
    public static String clean(String message) {
        String first = message.strip();
        int nl = first.indexOf('\n');
        if (nl >= 0) {
            first = first.substring(0, nl).strip();
        }
        return CLASS_NAME.matcher(first).replaceAll("");
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
