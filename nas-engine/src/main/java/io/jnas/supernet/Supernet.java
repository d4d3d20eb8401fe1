package io.jnas.supernet;

import static java.util.Objects.requireNonNull;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.jnas.arch.Activation;
import io.jnas.arch.Architecture;
import io.jnas.arch.BlockSpec;
import io.jnas.space.SearchSpace;
import io.jnas.space.StageSpace;
import io.jnas.space.SubnetChoice;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The space's largest network, every choice elastic (once-for-all): a stage runs its first d
 * blocks; a block uses the leading channels of its expansion and output; a kernel is the centre
 * of the largest kernel; activation and squeeze-excite are chosen per block and stage. A subnet
 * is a {@link SubnetSlice} of these weights with exactly ModelBuilder's parameter shapes.
 *
 * <pre>{@code
 * Supernet net = new Supernet(space);
 * net.setActive(space.maximal());                      // what trainer.forward runs
 * SubnetSlice s = net.slice(space.minimal(), Parameter::getArray);
 * }</pre>
 *
 * <p>Not thread-safe: the active choice is one field, set before each forward of a training step.
 */
public final class Supernet extends AbstractBlock {

    private static final byte VERSION = 1;

    private final SearchSpace space;
    private final Parameter stemWeight;
    private final Parameter[] stemNorm;
    private final List<List<ElasticBlock>> stages = new ArrayList<>();
    private final Parameter headWeight;
    private final Parameter[] headNorm;
    private final Parameter fcWeight;
    private final Parameter fcBias;
    private SubnetChoice active;

    /**
     * The supernet of a block-list space.
     *
     * @throws IllegalArgumentException when a stage allows PReLU (its slope is not elastic yet)
     */
    public Supernet(SearchSpace space) {
        super(VERSION);
        this.space = requireNonNull(space, "space");
        if (space.activations().contains(Activation.PRELU)) {
            throw new IllegalArgumentException("supernet spaces must not use prelu (its per-channel"
                    + " slope is not elastic), but space '" + space.name() + "' does");
        }
        int in = space.input().channels();
        int stemC = space.stem().channels();
        int k = space.stem().kernel();
        stemWeight = weight("stem.weight", stemC, in, k, k);
        stemNorm = norm("stem", stemC);
        int prevMax = stemC;
        for (int i = 0; i < space.stages().size(); i++) {
            StageSpace s = space.stages().get(i);
            int outMax = max(s.channels());
            int expandMax = max(s.expand());
            boolean anyExpand = s.expand().stream().anyMatch(e -> e != 1);
            boolean anySe = s.se().contains(true);
            List<ElasticBlock> blocks = new ArrayList<>();
            for (int j = 0; j < s.maxDepth(); j++) {
                int inMax = j == 0 ? prevMax : outMax;
                int midMax = inMax * expandMax;
                int kMax = max(s.kernel());
                int seMax = Math.max(8, midMax / 4);
                String p = "s" + i + "b" + j + ".";
                blocks.add(new ElasticBlock(
                        anyExpand ? weight(p + "expand.weight", midMax, inMax, 1, 1) : null,
                        anyExpand ? norm(p + "expand", midMax) : null,
                        weight(p + "depthwise.weight", midMax, 1, kMax, kMax),
                        norm(p + "depthwise", midMax),
                        anySe ? weight(p + "se.reduce.weight", seMax, midMax, 1, 1) : null,
                        anySe ? bias(p + "se.reduce.bias", seMax) : null,
                        anySe ? weight(p + "se.expand.weight", midMax, seMax, 1, 1) : null,
                        anySe ? bias(p + "se.expand.bias", midMax) : null,
                        weight(p + "project.weight", outMax, midMax, 1, 1),
                        norm(p + "project", outMax), kMax, anyExpand && !s.expand().contains(1)));
            }
            stages.add(blocks);
            prevMax = outMax;
        }
        int headC = space.head().channels();
        headWeight = weight("head.weight", headC, prevMax, 1, 1);
        headNorm = norm("head", headC);
        fcWeight = weight("fc.weight", space.classes(), headC);
        fcBias = bias("fc.bias", space.classes());
    }

    /**
     * The shared weights of one block position, at their largest size; {@code midSortable}: its
     * expansion channels are its own (no expansion ratio 1 in the stage, where they would be the
     * block's input channels), so {@link ChannelSort} may reorder them.
     */
    record ElasticBlock(Parameter expand, Parameter[] expandNorm, Parameter depthwise,
            Parameter[] depthwiseNorm, Parameter seReduce, Parameter seReduceBias,
            Parameter seExpand, Parameter seExpandBias, Parameter project,
            Parameter[] projectNorm, int kernelMax, boolean midSortable) {
    }

    /** Every block position of every stage, in order. */
    List<ElasticBlock> blocks() {
        return stages.stream().flatMap(List::stream).toList();
    }

    public SearchSpace space() {
        return space;
    }

    /** Sets the subnet that {@link #forward} runs (in training mode: batch statistics). */
    public void setActive(SubnetChoice choice) {
        space.resolve(choice);
        this.active = choice;
    }

    /**
     * The subnet of {@code choice} as slices of the weights that {@code value} returns for each
     * parameter (inside a trainer: the parameter store's arrays, which carry gradients).
     *
     * @throws IllegalArgumentException when the choice is not a subnet of the space
     */
    public SubnetSlice slice(SubnetChoice choice, Function<Parameter, NDArray> value) {
        Architecture a = space.resolve(choice);
        List<SubnetSlice.Block> out = new ArrayList<>();
        int stage = -1;
        int inStage = 0;
        for (BlockSpec b : a.blocks()) {
            List<SlicedLayer> layers = new ArrayList<>();
            switch (b.type()) {
                case STEM -> {
                    layers.add(new SlicedLayer.Conv(value.apply(stemWeight), null, b.stride(), 1));
                    layers.add(norm(stemNorm, b.outChannels(), value));
                    layers.add(new SlicedLayer.Act(b.activation()));
                }
                case MBCONV -> {
                    inStage = b.stage() == stage ? inStage + 1 : 0;
                    stage = b.stage();
                    mbconv(stages.get(stage).get(inStage), b, value, layers);
                }
                case HEAD -> {
                    layers.add(new SlicedLayer.Conv(
                            cut(value.apply(headWeight), b.outChannels(), b.inChannels()), null,
                            1, 1));
                    layers.add(norm(headNorm, b.outChannels(), value));
                    layers.add(new SlicedLayer.Act(b.activation()));
                    layers.add(new SlicedLayer.Pool());
                }
                case CLASSIFIER -> layers.add(new SlicedLayer.Dense(value.apply(fcWeight),
                        value.apply(fcBias)));
            }
            out.add(new SubnetSlice.Block(layers, b.residual()));
        }
        return new SubnetSlice(a, out);
    }

    private static void mbconv(ElasticBlock e, BlockSpec b, Function<Parameter, NDArray> value,
            List<SlicedLayer> layers) {
        int in = b.inChannels();
        int mid = b.midChannels();
        if (b.expand() != 1) {
            layers.add(new SlicedLayer.Conv(cut(value.apply(e.expand()), mid, in), null, 1, 1));
            layers.add(norm(e.expandNorm(), mid, value));
            layers.add(new SlicedLayer.Act(b.activation()));
        }
        int from = (e.kernelMax() - b.kernel()) / 2;
        NDArray dw = value.apply(e.depthwise()).get(":{}, :, {}:{}, {}:{}", mid, from,
                from + b.kernel(), from, from + b.kernel());
        layers.add(new SlicedLayer.Conv(dw, null, b.stride(), mid));
        layers.add(norm(e.depthwiseNorm(), mid, value));
        layers.add(new SlicedLayer.Act(b.activation()));
        if (b.se()) {
            int se = b.seChannels();
            layers.add(new SlicedLayer.SqueezeExcite(
                    new SlicedLayer.Conv(cut(value.apply(e.seReduce()), se, mid),
                            value.apply(e.seReduceBias()).get(":{}", se), 1, 1),
                    new SlicedLayer.Conv(cut(value.apply(e.seExpand()), mid, se),
                            value.apply(e.seExpandBias()).get(":{}", mid), 1, 1)));
        }
        layers.add(new SlicedLayer.Conv(cut(value.apply(e.project()), b.outChannels(), mid), null,
                1, 1));
        layers.add(norm(e.projectNorm(), b.outChannels(), value));
    }

    /** The leading {@code rows} x {@code cols} of a weight (output x input channels). */
    private static NDArray cut(NDArray w, int rows, int cols) {
        return w.get(":{}, :{}", rows, cols);
    }

    private static SlicedLayer.Norm norm(Parameter[] p, int channels,
            Function<Parameter, NDArray> value) {
        return new SlicedLayer.Norm(value.apply(p[0]).get(":{}", channels),
                value.apply(p[1]).get(":{}", channels));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        if (active == null) {
            throw new IllegalStateException("the supernet must have an active subnet (setActive)"
                    + " before forward, but had none");
        }
        NDArray x = inputs.singletonOrThrow();
        SubnetSlice s = slice(active, p -> ps.getValue(p, x.getDevice(), training));
        return new NDList(s.train(x));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), space.classes())};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType,
            Shape... inputShapes) {
        // no children: every parameter is this block's own and has its shape from the start
    }

    private Parameter weight(String name, long... shape) {
        return addParameter(Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(shape)).build());
    }

    private Parameter bias(String name, long size) {
        return addParameter(Parameter.builder().setName(name).setType(Parameter.Type.BIAS)
                .optShape(new Shape(size)).build());
    }

    private Parameter[] norm(String name, long size) {
        return new Parameter[] {
            addParameter(Parameter.builder().setName(name + ".gamma").setType(Parameter.Type.GAMMA)
                    .optShape(new Shape(size)).build()),
            addParameter(Parameter.builder().setName(name + ".beta").setType(Parameter.Type.BETA)
                    .optShape(new Shape(size)).build())};
    }

    private static int max(List<Integer> values) {
        return Collections.max(values);
    }
}
