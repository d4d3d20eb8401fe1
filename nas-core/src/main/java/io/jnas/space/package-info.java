/**
 * The search-space language: {@link io.jnas.space.SearchSpace} read strictly from YAML
 * (unknown keys and bad values fail with the file, the field path and the rule), the choices of
 * a subnet ({@link io.jnas.space.SubnetChoice}) and their resolution into an
 * {@link io.jnas.arch.Architecture}.
 *
 * <p>May import: {@code io.jnas.arch}, {@code io.jnas.text}, {@code io.jnas.failure}, Jackson and
 * SnakeYAML. Must not import DJL, gRPC or Jenetics: the genotype codec builds on this package.
 */
package io.jnas.space;
