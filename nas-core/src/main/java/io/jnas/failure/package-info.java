/**
 * How a failure reads to a user and which exit code it gets, decided once for every command:
 * {@link io.jnas.failure.FailureText} turns socket and I/O causes into words (connection refused,
 * host not found, no route, TLS mismatch, no space left on device) and never shows a Java class
 * name; a transport's own failures (gRPC statuses, in agent-api) are worded by a
 * {@link io.jnas.failure.FailureWords} found by ServiceLoader, so nas-core carries no gRPC;
 * {@link io.jnas.failure.BadInput} marks exceptions that mean "the input is wrong" (exit 2) as
 * opposed to a failure at run time (exit 1), {@link io.jnas.failure.WholeMessage} those
 * whose message already names its cause.
 *
 * <p>May import: the JDK. Must not import DJL, Jenetics or gRPC.
 */
package io.jnas.failure;
