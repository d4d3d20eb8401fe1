package io.jnas.cli.search;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether a person watches: a progress bar only then, plain lines in logs and tests. */
final class Terminal {

    private Terminal() {
    }

    /**
     * True when standard streams are a terminal. Since JDK 22 {@link System#console()} is not
     * null when redirected, so {@code Console.isTerminal()} decides where it exists.
     */
    static boolean attached() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(c);
        } catch (NoSuchMethodException e) {
            return true; // JDK 21: a console exists only for a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
