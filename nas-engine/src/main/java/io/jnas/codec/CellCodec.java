package io.jnas.codec;

import static java.util.Objects.requireNonNull;

import io.jenetics.Genotype;
import io.jenetics.IntegerChromosome;
import io.jenetics.IntegerGene;
import io.jnas.cell.Cell;
import io.jnas.cell.CellNetwork;
import io.jnas.cell.CellOp;
import io.jnas.cell.CellSpace;
import io.jnas.cost.CellCost;
import io.jnas.cost.StaticCost;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Codec of a NAS-Bench-201 {@link CellSpace}: one chromosome of one gene per edge, in the
 * string's edge order, each gene an index into the space's ops. Every gene is active, and
 * crossover inherits edges one by one (uniform crossover).
 *
 * <pre>{@code
 * CellCodec codec = CellCodec.of(CellSpace.load(file));
 * CellNetwork n = codec.decode(codec.random(rng));
 * codec.decode(codec.encode(n.cell())).equals(n);   // true for every cell of the space
 * }</pre>
 */
public final class CellCodec implements SearchCodec<CellNetwork> {

    private final CellSpace space;
    private final List<Locus> loci;
    private final List<List<Integer>> units;

    private CellCodec(CellSpace space) {
        this.space = requireNonNull(space, "space");
        List<Locus> l = new ArrayList<>();
        List<List<Integer>> u = new ArrayList<>();
        for (int e = 0; e < Cell.EDGES; e++) {
            l.add(new Locus(e, 0, space.ops().size()));
            u.add(List.of(e));
        }
        this.loci = List.copyOf(l);
        this.units = List.copyOf(u);
    }

    public static CellCodec of(CellSpace space) {
        return new CellCodec(space);
    }

    public CellSpace space() {
        return space;
    }

    @Override
    public String spaceName() {
        return space.name();
    }

    @Override
    public String spaceHash() {
        return space.hash();
    }

    @Override
    public Genotype<IntegerGene> random(RandomGenerator rng) {
        int[][] v = new int[Cell.EDGES][1];
        for (int[] gene : v) {
            gene[0] = rng.nextInt(space.ops().size());
        }
        return genotype(v);
    }

    @Override
    public List<Locus> loci() {
        return loci;
    }

    @Override
    public List<Locus> activeLoci(Genotype<IntegerGene> genotype) {
        values(genotype);
        return loci;
    }

    @Override
    public int[][] values(Genotype<IntegerGene> genotype) {
        requireNonNull(genotype, "genotype");
        if (genotype.length() != Cell.EDGES) {
            throw new IllegalArgumentException("genotype must have " + Cell.EDGES
                    + " chromosomes (one per edge) for space '" + space.name() + "', but had "
                    + genotype.length());
        }
        int[][] v = new int[Cell.EDGES][1];
        for (int e = 0; e < Cell.EDGES; e++) {
            if (genotype.get(e).length() != 1) {
                throw new IllegalArgumentException("chromosome " + e + " must have 1 gene, but"
                        + " had " + genotype.get(e).length());
            }
            v[e][0] = check(genotype.get(e).get(0).intValue(), e);
        }
        return v;
    }

    @Override
    public Genotype<IntegerGene> genotype(int[][] values) {
        if (values.length != Cell.EDGES) {
            throw new IllegalArgumentException("values must have " + Cell.EDGES
                    + " chromosomes, but had " + values.length);
        }
        List<IntegerChromosome> chromosomes = new ArrayList<>(Cell.EDGES);
        for (int e = 0; e < Cell.EDGES; e++) {
            if (values[e].length != 1) {
                throw new IllegalArgumentException("edge " + e + " must have 1 gene, but had "
                        + values[e].length);
            }
            chromosomes.add(IntegerChromosome.of(IntegerGene.of(check(values[e][0], e), 0,
                    space.ops().size())));
        }
        return Genotype.of(chromosomes);
    }

    private int check(int value, int edge) {
        if (value < 0 || value >= space.ops().size()) {
            throw new IllegalArgumentException("gene of edge " + edge + " must be in [0, "
                    + space.ops().size() + "), but was " + value);
        }
        return value;
    }

    @Override
    public List<List<Integer>> crossoverUnits() {
        return units;
    }

    @Override
    public CellNetwork decode(Genotype<IntegerGene> genotype) {
        int[][] v = values(genotype);
        CellOp[] ops = new CellOp[Cell.EDGES];
        for (int e = 0; e < Cell.EDGES; e++) {
            ops[e] = space.ops().get(v[e][0]);
        }
        return space.network(Cell.of(ops));
    }

    /**
     * The genotype of a cell.
     *
     * @throws IllegalArgumentException when an edge's op is not among the space's ops
     */
    public Genotype<IntegerGene> encode(Cell cell) {
        int[][] v = new int[Cell.EDGES][1];
        for (int e = 0; e < Cell.EDGES; e++) {
            v[e][0] = space.ops().indexOf(cell.edges().get(e));
            if (v[e][0] < 0) {
                throw new IllegalArgumentException("edge " + e + " op must be one of "
                        + space.ops() + " (space '" + space.name() + "'), but was "
                        + cell.edges().get(e));
            }
        }
        return genotype(v);
    }

    @Override
    public StaticCost cost(CellNetwork design) {
        return CellCost.of(design);
    }

    /** @throws IllegalArgumentException also when the network is not of this space */
    @Override
    public CellNetwork read(String json) {
        CellNetwork n = CellNetwork.fromJson(json);
        if (!n.skeleton().equals(space.skeleton()) || !space.contains(n.cell())) {
            throw new IllegalArgumentException("cell network " + n.cell() + " with skeleton "
                    + n.skeleton() + " is not of space '" + space.name() + "'");
        }
        return n;
    }

    /** The middle op of the space's list on every edge (nor_conv_1x1 for all five ops). */
    @Override
    public CellNetwork reference() {
        return space.network(Cell.uniform(space.ops().get((space.ops().size() - 1) / 2)));
    }

    /** The op with the most work on every edge (nor_conv_3x3 when present). */
    @Override
    public CellNetwork largest() {
        CellOp op = Collections.max(space.ops(), (a, b) -> Integer.compare(
                a.convKernel(), b.convKernel()));
        return space.network(Cell.uniform(op));
    }

    @Override
    public String toString() {
        return "CellCodec[" + space.name() + ", " + Cell.EDGES + " edges x "
                + space.ops().size() + " ops]";
    }
}
