package io.jnas.agent.guard;

/**
 * Text from a request or from another library, made safe to put in a rejection message: printable
 * ASCII only and bounded in length, so a hostile value cannot flood a log or a terminal. Shared by
 * the agent's {@code RequestValidator} and {@link WorkValidator}, which the engine's workers use
 * too.
 *
 * <pre>{@code "... but was '" + SafeText.clip(requested) + "'"}</pre>
 */
final class SafeText {

    private SafeText() {
    }

    /** A value from a request: printable ASCII, at most 60 chars. */
    static String clip(String s) {
        return shorten(s, 60);
    }

    /** A message from elsewhere (nas-core, Jackson), made printable and at most 400 chars. */
    static String printable(String message) {
        return shorten(String.valueOf(message), 400);
    }

    private static String shorten(String s, int max) {
        String printable = s.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= max ? printable : printable.substring(0, max - 3) + "...";
    }
}
