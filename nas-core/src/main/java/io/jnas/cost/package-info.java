/**
 * Static cost of architectures: parameters, multiply-accumulates (FLOPs = 2 x MACs) and peak
 * activation memory, per block ({@link io.jnas.cost.BlockCost}) and per network
 * ({@link io.jnas.cost.StaticCost}), and of NAS-Bench-201 cell networks
 * ({@link io.jnas.cost.CellCost}). The formulas mirror {@code io.jnas.model.ModelBuilder} and
 * {@code io.jnas.model.CellModelBuilder} layer by layer; tests count the same figures on the
 * built DJL networks.
 *
 * <p>May import: {@code io.jnas.arch} and {@code io.jnas.cell}. Pure arithmetic, so search code may
 * use it freely.
 */
package io.jnas.cost;
