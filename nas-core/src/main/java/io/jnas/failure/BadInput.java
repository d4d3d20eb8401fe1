package io.jnas.failure;

/**
 * Marks an exception that means the user's input (a file, a flag, a table) cannot be used, so
 * the command exits with 2 instead of 1. {@link IllegalArgumentException} counts as bad input
 * too: the project checks arguments at the door with it. An exception type that stands for both
 * kinds (a distributed-evaluation failure: a wrong password, or a database down) overrides
 * {@link #badInput()}.
 */
public interface BadInput {

    /** Whether this one is bad input (exit 2) rather than a failure at run time (exit 1). */
    default boolean badInput() {
        return true;
    }
}
