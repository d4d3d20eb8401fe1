package io.jnas.codec;

import static java.util.Objects.requireNonNull;

import io.jenetics.Chromosome;
import io.jenetics.Genotype;
import io.jenetics.IntegerChromosome;
import io.jenetics.IntegerGene;
import io.jenetics.engine.InvertibleCodec;
import io.jenetics.util.Factory;
import io.jenetics.util.RandomRegistry;
import io.jnas.arch.Architecture;
import io.jnas.cost.StaticCost;
import io.jnas.space.SearchSpace;
import io.jnas.space.StageSpace;
import io.jnas.space.SubnetChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Codec between a search space and genotypes of {@link IntegerGene}s. Each gene holds an index
 * into one choice list of the space.
 *
 * <p>Layout: six chromosomes per stage, in the order of {@link GeneKind} (chromosome
 * {@code 6 * stage + kind.ordinal()}): depth, channels and se have one gene; kernel, expand and
 * activation have one gene per block slot, up to the stage's largest depth. Jenetics requires all
 * genes of a chromosome to share one range, and choice lists differ in size from stage to stage,
 * so a chromosome holds one kind of one stage. Genes of slots beyond the chosen depth are ignored
 * when decoding and set to 0 when encoding.
 *
 * <pre>{@code
 * SpaceCodec codec = SpaceCodec.of(space);
 * Genotype<IntegerGene> g = codec.random(rng);
 * Architecture a = codec.decode(g);            // always a valid subnet of the space
 * codec.decode(codec.encode(a)).equals(a);     // true for every subnet of the space
 * }</pre>
 */
public final class SpaceCodec implements InvertibleCodec<Architecture, IntegerGene>,
        SearchCodec<Architecture> {

    private static final int KINDS = GeneKind.values().length;

    private final SearchSpace space;
    private final List<GeneSlot> slots;
    private final List<Locus> loci;

    private SpaceCodec(SearchSpace space) {
        this.space = requireNonNull(space, "space");
        List<GeneSlot> all = new ArrayList<>();
        for (int s = 0; s < space.stages().size(); s++) {
            for (GeneKind k : GeneKind.values()) {
                for (int j = 0; j < length(s, k); j++) {
                    all.add(new GeneSlot(chromosomeIndex(s, k), j, s, k, choices(s, k)));
                }
            }
        }
        this.slots = List.copyOf(all);
        this.loci = slots.stream().map(GeneSlot::locus).toList();
    }

    /** The codec of a space. */
    public static SpaceCodec of(SearchSpace space) {
        return new SpaceCodec(space);
    }

    public SearchSpace space() {
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

    /** Index of the chromosome holding {@code kind} of {@code stage}. */
    public static int chromosomeIndex(int stage, GeneKind kind) {
        return stage * KINDS + kind.ordinal();
    }

    /** Number of chromosomes: six per stage. */
    public int chromosomeCount() {
        return space.stages().size() * KINDS;
    }

    /** Number of values a gene of {@code kind} in {@code stage} can take. */
    public int choices(int stage, GeneKind kind) {
        StageSpace s = space.stages().get(stage);
        return switch (kind) {
            case DEPTH -> s.depth().size();
            case CHANNELS -> s.channels().size();
            case SE -> s.se().size();
            case KERNEL -> s.kernel().size();
            case EXPAND -> s.expand().size();
            case ACTIVATION -> s.activation().size();
        };
    }

    /** Number of genes of the chromosome of {@code kind} in {@code stage}. */
    public int length(int stage, GeneKind kind) {
        return kind.perBlock() ? space.stages().get(stage).maxDepth() : 1;
    }

    /** Every gene of the layout, chromosome by chromosome. */
    public List<GeneSlot> slots() {
        return slots;
    }

    /** The genes that the decoded architecture depends on (block slots within the depth). */
    public List<GeneSlot> activeSlots(Genotype<IntegerGene> genotype) {
        int[][] v = values(genotype);
        List<GeneSlot> active = new ArrayList<>();
        for (GeneSlot slot : slots) {
            if (!slot.kind().perBlock() || slot.gene() < depth(v, slot.stage())) {
                active.add(slot);
            }
        }
        return active;
    }

    @Override
    public List<Locus> loci() {
        return loci;
    }

    @Override
    public List<Locus> activeLoci(Genotype<IntegerGene> genotype) {
        return activeSlots(genotype).stream().map(GeneSlot::locus).toList();
    }

    /** A stage's chromosomes (depth, channels, se and its block slots) are inherited whole. */
    @Override
    public List<List<Integer>> crossoverUnits() {
        List<List<Integer>> units = new ArrayList<>();
        for (int s = 0; s < space.stages().size(); s++) {
            List<Integer> unit = new ArrayList<>();
            for (GeneKind k : GeneKind.values()) {
                unit.add(chromosomeIndex(s, k));
            }
            units.add(List.copyOf(unit));
        }
        return List.copyOf(units);
    }

    @Override
    public StaticCost cost(Architecture design) {
        return StaticCost.of(design);
    }

    @Override
    public Architecture read(String json) {
        return Architecture.fromJson(json);
    }

    /** The centroid subnet (middle choice everywhere). */
    @Override
    public Architecture reference() {
        return space.resolve(space.centroid());
    }

    /** The maximal subnet (largest choice everywhere). */
    @Override
    public Architecture largest() {
        return space.resolve(space.maximal());
    }

    @Override
    public Factory<Genotype<IntegerGene>> encoding() {
        return () -> random(RandomRegistry.random());
    }

    @Override
    public Genotype<IntegerGene> random(RandomGenerator rng) {
        int[][] v = new int[chromosomeCount()][];
        for (int c = 0; c < v.length; c++) {
            int stage = c / KINDS;
            GeneKind kind = GeneKind.values()[c % KINDS];
            v[c] = new int[length(stage, kind)];
            for (int j = 0; j < v[c].length; j++) {
                v[c][j] = rng.nextInt(choices(stage, kind));
            }
        }
        return genotype(v);
    }

    @Override
    public Function<Genotype<IntegerGene>, Architecture> decoder() {
        return this::decode;
    }

    @Override
    public Architecture decode(Genotype<IntegerGene> genotype) {
        return space.resolve(choice(genotype));
    }

    @Override
    public Function<Architecture, Genotype<IntegerGene>> encoder() {
        return this::encode;
    }

    /**
     * The canonical genotype of an architecture (inactive genes 0).
     *
     * @throws IllegalArgumentException when the architecture is not a subnet of the space
     */
    @Override
    public Genotype<IntegerGene> encode(Architecture architecture) {
        return encode(space.choiceOf(architecture));
    }

    /**
     * The subnet choice a genotype stands for.
     *
     * @throws IllegalArgumentException when the genotype does not have this codec's layout
     */
    public SubnetChoice choice(Genotype<IntegerGene> genotype) {
        int[][] v = values(genotype);
        List<SubnetChoice.Stage> stages = new ArrayList<>();
        for (int s = 0; s < space.stages().size(); s++) {
            StageSpace st = space.stages().get(s);
            int depth = depth(v, s);
            List<SubnetChoice.Block> blocks = new ArrayList<>();
            for (int j = 0; j < depth; j++) {
                blocks.add(new SubnetChoice.Block(
                        st.kernel().get(v[chromosomeIndex(s, GeneKind.KERNEL)][j]),
                        st.expand().get(v[chromosomeIndex(s, GeneKind.EXPAND)][j]),
                        st.activation().get(v[chromosomeIndex(s, GeneKind.ACTIVATION)][j])));
            }
            stages.add(new SubnetChoice.Stage(
                    st.channels().get(v[chromosomeIndex(s, GeneKind.CHANNELS)][0]),
                    st.se().get(v[chromosomeIndex(s, GeneKind.SE)][0]), blocks));
        }
        return new SubnetChoice(stages);
    }

    /**
     * The canonical genotype of a choice (inactive genes 0).
     *
     * @throws IllegalArgumentException when a value is not among the space's choices
     */
    public Genotype<IntegerGene> encode(SubnetChoice choice) {
        if (choice.stages().size() != space.stages().size()) {
            throw new IllegalArgumentException("choice must have " + space.stages().size()
                    + " stages, but had " + choice.stages().size());
        }
        int[][] v = new int[chromosomeCount()][];
        for (int s = 0; s < space.stages().size(); s++) {
            StageSpace st = space.stages().get(s);
            SubnetChoice.Stage cs = choice.stages().get(s);
            String at = "stages[" + s + "].";
            for (GeneKind k : GeneKind.values()) {
                v[chromosomeIndex(s, k)] = new int[length(s, k)];
            }
            v[chromosomeIndex(s, GeneKind.DEPTH)][0] =
                    index(st.depth(), cs.blocks().size(), at + "depth");
            v[chromosomeIndex(s, GeneKind.CHANNELS)][0] =
                    index(st.channels(), cs.channels(), at + "channels");
            v[chromosomeIndex(s, GeneKind.SE)][0] = index(st.se(), cs.se(), at + "se");
            for (int j = 0; j < cs.blocks().size(); j++) {
                SubnetChoice.Block b = cs.blocks().get(j);
                v[chromosomeIndex(s, GeneKind.KERNEL)][j] =
                        index(st.kernel(), b.kernel(), at + "kernel");
                v[chromosomeIndex(s, GeneKind.EXPAND)][j] =
                        index(st.expand(), b.expand(), at + "expand");
                v[chromosomeIndex(s, GeneKind.ACTIVATION)][j] =
                        index(st.activation(), b.activation(), at + "activation");
            }
        }
        return genotype(v);
    }

    /** The same architecture's canonical genotype: inactive genes set to 0. */
    public Genotype<IntegerGene> canonical(Genotype<IntegerGene> genotype) {
        return encode(choice(genotype));
    }

    @Override
    public int[][] values(Genotype<IntegerGene> genotype) {
        requireNonNull(genotype, "genotype");
        if (genotype.length() != chromosomeCount()) {
            throw new IllegalArgumentException("genotype must have " + chromosomeCount()
                    + " chromosomes for space '" + space.name() + "', but had "
                    + genotype.length());
        }
        int[][] v = new int[chromosomeCount()][];
        for (int c = 0; c < v.length; c++) {
            Chromosome<IntegerGene> ch = genotype.get(c);
            int stage = c / KINDS;
            GeneKind kind = GeneKind.values()[c % KINDS];
            if (ch.length() != length(stage, kind)) {
                throw new IllegalArgumentException("chromosome " + c + " (stages[" + stage + "]."
                        + kind.id() + ") must have " + length(stage, kind) + " genes, but had "
                        + ch.length());
            }
            v[c] = new int[ch.length()];
            for (int j = 0; j < ch.length(); j++) {
                int x = ch.get(j).intValue();
                if (x < 0 || x >= choices(stage, kind)) {
                    throw new IllegalArgumentException("gene " + j + " of stages[" + stage + "]."
                            + kind.id() + " must be in [0, " + choices(stage, kind)
                            + "), but was " + x);
                }
                v[c][j] = x;
            }
        }
        return v;
    }

    @Override
    public Genotype<IntegerGene> genotype(int[][] values) {
        if (values.length != chromosomeCount()) {
            throw new IllegalArgumentException("values must have " + chromosomeCount()
                    + " chromosomes, but had " + values.length);
        }
        List<IntegerChromosome> chromosomes = new ArrayList<>(values.length);
        for (int c = 0; c < values.length; c++) {
            int stage = c / KINDS;
            GeneKind kind = GeneKind.values()[c % KINDS];
            int n = choices(stage, kind);
            if (values[c].length != length(stage, kind)) {
                throw new IllegalArgumentException("stages[" + stage + "]." + kind.id()
                        + " must have " + length(stage, kind) + " genes, but had "
                        + values[c].length);
            }
            IntegerGene[] genes = new IntegerGene[values[c].length];
            for (int j = 0; j < genes.length; j++) {
                if (values[c][j] < 0 || values[c][j] >= n) {
                    throw new IllegalArgumentException("gene " + j + " of stages[" + stage + "]."
                            + kind.id() + " must be in [0, " + n + "), but was " + values[c][j]);
                }
                genes[j] = IntegerGene.of(values[c][j], 0, n);
            }
            chromosomes.add(IntegerChromosome.of(genes));
        }
        return Genotype.of(chromosomes);
    }

    private int depth(int[][] v, int stage) {
        return space.stages().get(stage).depth().get(v[chromosomeIndex(stage, GeneKind.DEPTH)][0]);
    }

    private static <T> int index(List<T> choices, T value, String field) {
        int i = choices.indexOf(value);
        if (i < 0) {
            throw new IllegalArgumentException(field + " must be one of " + choices
                    + ", but was " + value);
        }
        return i;
    }

    @Override
    public String toString() {
        return "SpaceCodec[" + space.name() + ", " + chromosomeCount() + " chromosomes, "
                + slots.size() + " genes]";
    }
}
