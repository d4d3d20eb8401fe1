/**
 * The weight-sharing supernet (once-for-all, ModelOpt AutoNAS): the space's largest network with
 * elastic depth, width, expansion, kernel, activation and squeeze-excite, its sandwich-rule
 * training, the {@code supernet} accuracy evaluator that reads a subnet's accuracy from inherited
 * weights, and the reference table that measures how well evaluators rank subnets. May import:
 * {@code io.jnas.model}, {@code io.jnas.data}, {@code io.jnas.accuracy}, {@code io.jnas.space},
 * {@code io.jnas.arch}, DJL, Jackson and Commons Math. Never Jenetics.
 */
package io.jnas.supernet;
