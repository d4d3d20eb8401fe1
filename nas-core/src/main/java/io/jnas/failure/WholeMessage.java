package io.jnas.failure;

/**
 * Marks an exception whose message already says all a user needs, its cause in words included
 * (e.g. "cannot reach the database at URL (Connection refused): start PostgreSQL there or fix
 * --db"): {@link FailureText#of(Throwable)} prints it as it is, without the cause's words again.
 */
public interface WholeMessage {
}
