/**
 * The weight-sharing supernet (once-for-all, ModelOpt AutoNAS): the space's largest network with
 * elastic depth, width, expansion, kernel, activation and squeeze-excite, its sandwich-rule
 * training, the {@code supernet} accuracy evaluator that reads a subnet's accuracy from inherited
 * weights, and the reference table that measures how well evaluators rank subnets. May use DJL
 * and the model, data and accuracy packages; never Jenetics.
 */
package io.jnas.supernet;
