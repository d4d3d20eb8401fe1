/**
 * Fitness of evaluated candidates: the MnasNet-style scalar ({@link MnasnetFitness}), the
 * objective vector of multi-objective search ({@link ParetoObjectives}), constraints checked
 * before a candidate is trained ({@link Constraints}), and the measures of a result: Pareto
 * fronts ({@link ParetoFront}) and their {@link Hypervolume}.
 *
 * <p>May import: {@code io.jnas.cost} and {@code io.jnas.arch}. Never DJL or gRPC.
 */
package io.jnas.search.fitness;
