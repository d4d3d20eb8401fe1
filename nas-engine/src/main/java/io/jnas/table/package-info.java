/**
 * Lookup tables: one per hardware id, a CSV file with its measurement protocol in a header
 * ({@link io.jnas.table.LookupTable}, its strict reader and writer) and the fsynced
 * {@link io.jnas.table.MeasurementJournal} a build appends to.
 *
 * <p>May import: {@code io.jnas.arch}, {@code io.jnas.space}, {@code io.jnas.text} and Jackson.
 * Never DJL, gRPC or Jenetics.
 */
package io.jnas.table;
