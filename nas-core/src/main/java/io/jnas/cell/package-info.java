/**
 * The NAS-Bench-201 cell space (Dong and Yang, ICLR 2020): a {@link io.jnas.cell.Cell} of 4 nodes
 * and 6 edges, each one of 5 {@link io.jnas.cell.CellOp}s, in the benchmark's string notation;
 * the macro {@link io.jnas.cell.CellSkeleton} around it; a {@link io.jnas.cell.CellNetwork} (cell
 * + skeleton) is a {@link io.jnas.arch.Design} the search can evaluate, log and replay; and the
 * {@link io.jnas.cell.CellSpace} file that fixes the skeleton.
 *
 * <p>May import: {@code io.jnas.arch}, {@code io.jnas.space} and Jackson. Must not import DJL, gRPC
 * or Jenetics.
 */
package io.jnas.cell;
