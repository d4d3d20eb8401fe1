package io.jnas.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import io.jnas.arch.Architecture;
import io.jnas.arch.BlockSpec;

/**
 * Builds DJL blocks from architectures: the one builder that the agent times and the trainer
 * trains, so what is measured is what is trained.
 *
 * <pre>{@code
 * Block net = ModelBuilder.build(architecture);
 * net.initialize(manager, DataType.FLOAT32, ModelBuilder.inputShape(architecture, 1));
 * }</pre>
 */
public final class ModelBuilder {

    private ModelBuilder() {
    }

    /** The whole network: one child block per {@link BlockSpec}, in order. */
    public static SequentialBlock build(Architecture a) {
        SequentialBlock net = new SequentialBlock();
        a.blocks().forEach(b -> net.add(buildBlock(b)));
        return net;
    }

    /** Input shape (NCHW) of a network for a batch size. */
    public static Shape inputShape(Architecture a, int batch) {
        return new Shape(batch, a.input().channels(), a.input().height(), a.input().width());
    }

    /** Input shape of one block for a batch size: NCHW, or NC for the classifier. */
    public static Shape inputShape(BlockSpec b, int batch) {
        return switch (b.type()) {
            case CLASSIFIER -> new Shape(batch, b.inChannels());
            default -> new Shape(batch, b.inChannels(), b.inHeight(), b.inWidth());
        };
    }

    /** One block, as it sits in a network and as the agent times it alone. */
    public static Block buildBlock(BlockSpec b) {
        return switch (b.type()) {
            case STEM -> {
                SequentialBlock s = new SequentialBlock();
                convBnAct(s, b.outChannels(), b.kernel(), b.stride(), 1, b);
                yield s;
            }
            case MBCONV -> mbconv(b);
            case HEAD -> {
                SequentialBlock s = new SequentialBlock();
                convBnAct(s, b.outChannels(), 1, 1, 1, b);
                s.add(Pool.globalAvgPool2dBlock());
                s.add(Blocks.batchFlattenBlock());
                yield s;
            }
            case CLASSIFIER -> Linear.builder().setUnits(b.outChannels()).build();
        };
    }

    private static Block mbconv(BlockSpec b) {
        SequentialBlock body = new SequentialBlock();
        int mid = b.midChannels();
        if (b.expand() != 1) {
            convBnAct(body, mid, 1, 1, 1, b);
        }
        convBnAct(body, mid, b.kernel(), b.stride(), mid, b);
        if (b.se()) {
            body.add(new SqueezeExciteBlock(mid, b.seChannels()));
        }
        body.add(conv(b.outChannels(), 1, 1, 1));
        body.add(BatchNorm.builder().build());
        return new InvertedResidualBlock(body, b.residual());
    }

    private static void convBnAct(SequentialBlock s, int filters, int kernel, int stride,
            int groups, BlockSpec b) {
        s.add(conv(filters, kernel, stride, groups));
        s.add(BatchNorm.builder().build());
        s.add(ActivationBlocks.of(b.activation(), filters));
    }

    static Conv2d conv(int filters, int kernel, int stride, int groups) {
        return Conv2d.builder()
                .setKernelShape(new Shape(kernel, kernel))
                .setFilters(filters)
                .optStride(new Shape(stride, stride))
                .optPadding(new Shape(kernel / 2, kernel / 2))
                .optGroups(groups)
                .optBias(false)
                .build();
    }
}
