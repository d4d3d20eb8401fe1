package io.jnas.codec;

/**
 * The address of one gene in a genotype of a {@link SpaceCodec}: chromosome and gene index, and
 * what it chooses (stage, kind, block slot).
 *
 * @param chromosome index of the chromosome in the genotype
 * @param gene index of the gene in that chromosome
 * @param stage the stage this gene belongs to
 * @param kind what it chooses
 * @param choices how many values the gene can take (its exclusive upper bound)
 */
public record GeneSlot(int chromosome, int gene, int stage, GeneKind kind, int choices) {

    /** Where the gene sits, without what it chooses. */
    public Locus locus() {
        return new Locus(chromosome, gene, choices);
    }
}
