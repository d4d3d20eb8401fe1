/**
 * Architectures as DJL networks: {@link io.jnas.model.ModelBuilder} (the one builder that the
 * agent times and the trainer trains), the blocks DJL lacks (PReLU, squeeze-excite, inverted
 * residual) and {@link io.jnas.model.DjlRuntime}, which every entry point calls before DJL starts
 * (offline natives, no telemetry, fixed threads).
 *
 * <p>May import: DJL, {@code io.jnas.arch}. This is where DJL lives in nas-core; search code
 * must not import this package.
 */
package io.jnas.model;
