package io.jnas.cell;

import static java.util.Objects.requireNonNull;

import io.jnas.arch.BlockSpec;
import io.jnas.arch.InputShape;
import java.util.List;

/**
 * The fixed network around the searched cell (NAS-Bench-201's macro skeleton): a stem (3x3
 * convolution to {@code channels[0]}, BatchNorm), then per stage {@code cellsPerStage} cells at
 * that stage's width, a residual reduction block (ResNet basic block, stride 2) between stages,
 * and BatchNorm, ReLU, global average pooling and a linear classifier at the end. The benchmark
 * uses 5 cells per stage and widths 16, 32, 64 on 32x32 inputs.
 *
 * @param cellsPerStage N, cells in every stage
 * @param channels width of each stage; a reduction block sits between consecutive stages
 */
public record CellSkeleton(InputShape input, int classes, int cellsPerStage,
        List<Integer> channels) {

    /** NAS-Bench-201 on CIFAR-10. */
    public static final CellSkeleton NAS_BENCH_201_CIFAR10 =
            new CellSkeleton(new InputShape(3, 32, 32), 10, 5, List.of(16, 32, 64));

    public CellSkeleton {
        requireNonNull(input, "input");
        channels = List.copyOf(requireNonNull(channels, "channels"));
        if (classes < 2) {
            throw new IllegalArgumentException("classes must be >= 2, but was " + classes);
        }
        if (cellsPerStage < 1 || cellsPerStage > 32) {
            throw new IllegalArgumentException("cells per stage must be in [1, 32], but was "
                    + cellsPerStage);
        }
        if (channels.isEmpty() || channels.size() > 6) {
            throw new IllegalArgumentException("channels must list 1 to 6 stage widths, but had "
                    + channels.size());
        }
        for (int c : channels) {
            if (c < 1 || c > BlockSpec.MAX_CHANNELS) {
                throw new IllegalArgumentException("stage channels must be in [1, "
                        + BlockSpec.MAX_CHANNELS + "], but were " + channels);
            }
        }
        int factor = 1 << (channels.size() - 1);
        if (input.height() % factor != 0 || input.width() % factor != 0) {
            // the reduction's conv (stride 2, pad 1) rounds up and its shortcut pool rounds down
            throw new IllegalArgumentException("input height and width must be multiples of "
                    + factor + " (one halving per reduction), but were " + input.height() + "x"
                    + input.width());
        }
    }

    /** Number of stages. */
    public int stages() {
        return channels.size();
    }

    /** Height (and width, scaled) of stage {@code s}: the input halved once per reduction. */
    public int height(int stage) {
        return input.height() >> stage;
    }

    public int width(int stage) {
        return input.width() >> stage;
    }
}
