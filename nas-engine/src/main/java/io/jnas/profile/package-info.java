/**
 * What a search space holds and costs before any search: {@link io.jnas.profile.SpaceProfile}
 * (min, centroid and max subnet, choices per stage, size, constraint checks) as a value,
 * {@link io.jnas.profile.Constraint} bounds on {@link io.jnas.profile.CostMetric}s, and the exact
 * lowest cost over a whole space ({@link io.jnas.profile.LowestCost}). Rendered as text or JSON.
 *
 * <p>May import: {@code io.jnas.space}, {@code io.jnas.arch}, {@code io.jnas.cell},
 * {@code io.jnas.cost}, {@code io.jnas.codec} and Jackson. No DJL: profiling is static arithmetic,
 * fast enough for every constraint check of a search.
 */
package io.jnas.profile;
