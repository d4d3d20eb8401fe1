/**
 * Architectures as DJL networks: {@link io.jnas.model.ModelBuilder} (the one builder that the
 * agent times and the trainer trains), {@link io.jnas.model.CellModelBuilder} for NAS-Bench-201
 * cell networks, the blocks DJL lacks (PReLU, squeeze-excite, inverted residual, cell, residual
 * reduction) and {@link io.jnas.model.DjlRuntime}, which every entry point calls before DJL starts
 * (offline natives, no telemetry, fixed threads).
 *
 * <p>May import: {@code io.jnas.arch}, {@code io.jnas.cell} and DJL. This is where DJL lives in
 * nas-core; search code must not import this package.
 */
package io.jnas.model;
