package io.jnas.failure;

/**
 * Marks an exception that means the user's input (a file, a flag, a table) cannot be used, so
 * the command exits with 2 instead of 1. {@link IllegalArgumentException} counts as bad input
 * too: the project checks arguments at the door with it.
 */
public interface BadInput {
}
