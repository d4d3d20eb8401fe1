package io.jnas.codec;

/**
 * Where one gene sits in a genotype of a {@link SearchCodec}, and how many values it can take:
 * all that mutation needs to know, whatever the gene chooses.
 *
 * @param chromosome index of the chromosome in the genotype
 * @param gene index of the gene in that chromosome
 * @param choices how many values the gene can take (its exclusive upper bound)
 */
public record Locus(int chromosome, int gene, int choices) {
}
