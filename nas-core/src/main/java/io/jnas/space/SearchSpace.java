package io.jnas.space;

import static java.util.Objects.requireNonNull;

import io.jnas.arch.Activation;
import io.jnas.arch.Architecture;
import io.jnas.arch.BlockSpec;
import io.jnas.arch.BlockType;
import io.jnas.arch.InputShape;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * A search space: a fixed stem and head around stages whose depth, channels, kernels, expansion
 * ratios, activations and squeeze-excite vary.
 *
 * <pre>{@code
 * SearchSpace space = SearchSpace.load(Path.of("configs/spaces/mnist-small.yaml"));
 * Architecture biggest = space.resolve(space.maximal());
 * }</pre>
 */
public record SearchSpace(
        String name,
        InputShape input,
        int classes,
        StemSpec stem,
        List<StageSpace> stages,
        HeadSpec head) {

    public SearchSpace {
        requireNonNull(name, "name");
        requireNonNull(input, "input");
        requireNonNull(stem, "stem");
        requireNonNull(head, "head");
        stages = List.copyOf(stages);
    }

    /**
     * Reads and validates a space file.
     *
     * @throws SpaceFileException naming the file, the field path and what was expected
     */
    public static SearchSpace load(Path file) {
        return SearchSpaceReader.read(file);
    }

    /** Number of distinct subnets. */
    public BigInteger size() {
        return stages.stream().map(StageSpace::size).reduce(BigInteger.ONE, BigInteger::multiply);
    }

    /** Stable hash of the space's content (not of its file's formatting). */
    public String hash() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Smallest choice everywhere (first activation listed). */
    public SubnetChoice minimal() {
        return pick(l -> l.stream().min(Comparator.naturalOrder()).orElseThrow());
    }

    /** Largest choice everywhere (first activation listed). */
    public SubnetChoice maximal() {
        return pick(l -> l.stream().max(Comparator.naturalOrder()).orElseThrow());
    }

    /** The middle value of each sorted choice list (lower middle for even counts). */
    public SubnetChoice centroid() {
        return pick(l -> l.stream().sorted().toList().get((l.size() - 1) / 2));
    }

    private SubnetChoice pick(Function<List<Integer>, Integer> f) {
        List<SubnetChoice.Stage> out = new ArrayList<>();
        for (StageSpace s : stages) {
            int depth = f.apply(s.depth());
            SubnetChoice.Block b = new SubnetChoice.Block(f.apply(s.kernel()), f.apply(s.expand()),
                    s.activation().get(0));
            out.add(new SubnetChoice.Stage(f.apply(s.channels()), s.se().get(0),
                    java.util.Collections.nCopies(depth, b)));
        }
        return new SubnetChoice(out);
    }

    /**
     * The architecture of a choice.
     *
     * @throws IllegalArgumentException when a value is not among the stage's choices
     */
    public Architecture resolve(SubnetChoice choice) {
        if (choice.stages().size() != stages.size()) {
            throw new IllegalArgumentException("choice must have " + stages.size()
                    + " stages, but had " + choice.stages().size());
        }
        List<BlockSpec> blocks = new ArrayList<>();
        BlockSpec stemBlock = new BlockSpec(BlockType.STEM, -1, input.channels(), stem.channels(),
                stem.kernel(), stem.stride(), 1, stem.activation(), false, input.height(),
                input.width());
        blocks.add(stemBlock);
        int c = stem.channels();
        int h = stemBlock.outHeight();
        int w = stemBlock.outWidth();
        for (int i = 0; i < stages.size(); i++) {
            StageSpace s = stages.get(i);
            SubnetChoice.Stage st = choice.stages().get(i);
            String at = "stages[" + i + "]";
            member(s.depth(), st.blocks().size(), at + ".depth");
            member(s.channels(), st.channels(), at + ".channels");
            member(s.se(), st.se(), at + ".se");
            for (int j = 0; j < st.blocks().size(); j++) {
                SubnetChoice.Block b = st.blocks().get(j);
                member(s.kernel(), b.kernel(), at + ".kernel");
                member(s.expand(), b.expand(), at + ".expand");
                member(s.activation(), b.activation(), at + ".activation");
                BlockSpec spec = new BlockSpec(BlockType.MBCONV, i, c, st.channels(), b.kernel(),
                        j == 0 ? s.stride() : 1, b.expand(), b.activation(), st.se(), h, w);
                blocks.add(spec);
                c = spec.outChannels();
                h = spec.outHeight();
                w = spec.outWidth();
            }
        }
        blocks.add(new BlockSpec(BlockType.HEAD, stages.size(), c, head.channels(), 1, 1, 1,
                head.activation(), false, h, w));
        blocks.add(new BlockSpec(BlockType.CLASSIFIER, stages.size(), head.channels(), classes, 1,
                1, 1, null, false, 1, 1));
        return new Architecture(input, classes, blocks);
    }

    private static <T> void member(List<T> allowed, T value, String field) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException(field + " must be one of " + allowed + ", but was "
                    + value);
        }
    }

    /**
     * The choice an architecture of this space was made from (inverse of {@link #resolve}).
     *
     * @throws IllegalArgumentException when the architecture is not a subnet of this space
     */
    public SubnetChoice choiceOf(Architecture a) {
        List<List<BlockSpec>> perStage = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            perStage.add(new ArrayList<>());
        }
        for (BlockSpec b : a.blocks()) {
            if (b.type() == BlockType.MBCONV) {
                if (b.stage() < 0 || b.stage() >= stages.size()) {
                    throw new IllegalArgumentException("block stage must be in [0, "
                            + (stages.size() - 1) + "], but was " + b.stage());
                }
                perStage.get(b.stage()).add(b);
            }
        }
        List<SubnetChoice.Stage> out = new ArrayList<>();
        for (List<BlockSpec> bs : perStage) {
            if (bs.isEmpty()) {
                throw new IllegalArgumentException("every stage needs at least one block");
            }
            List<SubnetChoice.Block> blocks = bs.stream()
                    .map(b -> new SubnetChoice.Block(b.kernel(), b.expand(), b.activation()))
                    .toList();
            out.add(new SubnetChoice.Stage(bs.get(0).outChannels(), bs.get(0).se(), blocks));
        }
        SubnetChoice choice = new SubnetChoice(out);
        if (!resolve(choice).equals(a)) {
            throw new IllegalArgumentException("architecture " + a.hash()
                    + " is not a subnet of space '" + name + "'");
        }
        return choice;
    }

    /** A uniformly random choice per gene (depth, channels, se, and kernel/expand/activation). */
    public SubnetChoice sample(java.util.random.RandomGenerator rng) {
        List<SubnetChoice.Stage> out = new ArrayList<>();
        for (StageSpace s : stages) {
            int depth = s.depth().get(rng.nextInt(s.depth().size()));
            List<SubnetChoice.Block> blocks = new ArrayList<>();
            for (int j = 0; j < depth; j++) {
                blocks.add(new SubnetChoice.Block(s.kernel().get(rng.nextInt(s.kernel().size())),
                        s.expand().get(rng.nextInt(s.expand().size())),
                        s.activation().get(rng.nextInt(s.activation().size()))));
            }
            out.add(new SubnetChoice.Stage(s.channels().get(rng.nextInt(s.channels().size())),
                    s.se().get(rng.nextInt(s.se().size())), blocks));
        }
        return new SubnetChoice(out);
    }

    /** All activations any stage or the fixed parts use. */
    public List<Activation> activations() {
        List<Activation> all = new ArrayList<>();
        all.add(stem.activation());
        stages.forEach(s -> all.addAll(s.activation()));
        all.add(head.activation());
        return all.stream().distinct().toList();
    }
}
