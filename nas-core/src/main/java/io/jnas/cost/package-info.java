/**
 * Static cost of architectures: parameters, multiply-accumulates (FLOPs = 2 x MACs) and peak
 * activation memory, per block ({@link io.jnas.cost.BlockCost}) and per network
 * ({@link io.jnas.cost.StaticCost}). The formulas mirror {@code io.jnas.model.ModelBuilder}
 * layer by layer; a test counts the same figures on the built DJL network.
 *
 * <p>May import: {@code io.jnas.arch} only. Pure arithmetic, so search code may use it freely.
 */
package io.jnas.cost;
