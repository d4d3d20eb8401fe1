/**
 * How a failure reads to a user and which exit code it gets, decided once for every command:
 * {@link io.jnas.failure.FailureText} turns gRPC and I/O causes into words (connection refused,
 * host not found, no route, TLS mismatch, no space left on device) and never shows a Java class
 * name; {@link io.jnas.failure.BadInput} marks exceptions that mean "the input is wrong" (exit
 * 2) as opposed to a failure at run time (exit 1), {@link io.jnas.failure.WholeMessage} those
 * whose message already names its cause.
 *
 * <p>May import: gRPC. Must not import DJL or Jenetics.
 */
package io.jnas.failure;
