/**
 * Search strategies over the genotypes of a {@link io.jnas.codec.SearchCodec} (block-list or cell
 * spaces alike): regularized (aging) evolution, random search (the honest baseline), NSGA-II and
 * surrogate-guided search over latency budgets ({@link io.jnas.search.SurrogateSearch}, with its
 * XGBoost ensemble in {@code io.jnas.search.surrogate}). A strategy proposes
 * genotypes and asks a {@link io.jnas.search.SearchContext} to evaluate them; the context owns
 * the budget, de-duplication, constraints, the evaluation log and replay on resume, so every
 * strategy gets them the same way.
 *
 * <p>Determinism: a strategy draws every random number from {@link SearchContext#random()}
 * (also installed as Jenetics' {@code RandomRegistry} generator) and runs on one thread, so the
 * same seed and config give the same sequence of proposals.
 *
 * <p>May import: {@code io.jnas.search.fitness}, {@code io.jnas.search.surrogate},
 * {@code io.jnas.codec}, {@code io.jnas.arch}, {@code io.jnas.cost}, Jenetics and Commons Math.
 * Never DJL or gRPC.
 */
package io.jnas.search;
