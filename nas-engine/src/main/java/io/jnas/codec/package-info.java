/**
 * Codecs between search spaces and Jenetics genotypes of {@link io.jenetics.IntegerGene}s, behind
 * {@link io.jnas.codec.SearchCodec}: {@link io.jnas.codec.SpaceCodec} for block-list spaces
 * ({@link io.jnas.space.SearchSpace}) and {@link io.jnas.codec.CellCodec} for NAS-Bench-201 cell
 * spaces ({@link io.jnas.cell.CellSpace}); {@link io.jnas.codec.SearchCodecs} opens the one a
 * space file needs. Every genotype decodes to a valid design of its space, and every design of
 * the space encodes to a genotype that decodes back to it.
 *
 * <p>May import: {@code io.jnas.space}, {@code io.jnas.cell}, {@code io.jnas.arch},
 * {@code io.jnas.cost}, {@code io.jnas.text} and Jenetics. Never DJL or gRPC.
 */
package io.jnas.codec;
