/**
 * The codec between a {@link io.jnas.space.SearchSpace} and Jenetics genotypes of
 * {@link io.jenetics.IntegerGene}s: every genotype decodes to a valid architecture of the space,
 * and every architecture of the space encodes to a genotype that decodes back to it.
 *
 * <p>May import Jenetics, {@code io.jnas.space}, {@code io.jnas.arch}; never DJL or gRPC.
 */
package io.jnas.codec;
