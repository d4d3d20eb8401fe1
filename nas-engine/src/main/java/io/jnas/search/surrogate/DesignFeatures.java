package io.jnas.search.surrogate;

import static java.util.Objects.requireNonNull;

import io.jenetics.Genotype;
import io.jenetics.IntegerGene;
import io.jnas.codec.Locus;
import io.jnas.codec.SearchCodec;
import io.jnas.cost.StaticCost;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A candidate as the surrogate sees it: one-hot of every gene the design depends on (genes of
 * unused slots stay all-zero, so two genotypes of one design look alike), then the logarithms of
 * its parameters and MACs. Needs only the codec's gene layout, so it encodes block-list and cell
 * designs alike.
 *
 * <pre>{@code
 * DesignFeatures f = new DesignFeatures(codec);
 * float[] x = f.of(candidate.genotype(), candidate.cost());     // f.width() values
 * }</pre>
 */
public final class DesignFeatures {

    private final SearchCodec<?> codec;
    private final Map<Locus, Integer> offset = new HashMap<>();
    private final int width;

    public DesignFeatures(SearchCodec<?> codec) {
        this.codec = requireNonNull(codec, "codec");
        int w = 0;
        for (Locus s : codec.loci()) {
            offset.put(s, w);
            w += s.choices();
        }
        this.width = w + 2;
    }

    /** Values per candidate. */
    public int width() {
        return width;
    }

    /** The features of one candidate: its genotype and the static cost of its design. */
    public float[] of(Genotype<IntegerGene> genotype, StaticCost cost) {
        float[] x = new float[width];
        int[][] v = codec.values(genotype);
        List<Locus> active = codec.activeLoci(genotype);
        for (Locus s : active) {
            x[offset.get(s) + v[s.chromosome()][s.gene()]] = 1;
        }
        x[width - 2] = (float) Math.log1p(cost.params());
        x[width - 1] = (float) Math.log1p(cost.macs());
        return x;
    }
}
