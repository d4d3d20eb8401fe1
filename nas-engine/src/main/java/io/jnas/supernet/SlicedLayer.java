package io.jnas.supernet;

import ai.djl.ndarray.NDArray;
import io.jnas.arch.Activation;
import java.util.List;

/**
 * One layer of a subnet as sliced from the supernet: the arrays are views of the supernet's
 * parameters, so gradients flow back into the shared weights.
 */
sealed interface SlicedLayer {

    /** The arrays in the order ModelBuilder's block lists its parameters (BN: gamma, beta). */
    List<NDArray> arrays();

    /** Convolution without padding surprises: 'same' padding, optional bias. */
    record Conv(NDArray weight, NDArray bias, int stride, int groups) implements SlicedLayer {
        @Override
        public List<NDArray> arrays() {
            return bias == null ? List.of(weight) : List.of(weight, bias);
        }
    }

    /** BatchNorm's affine part; its statistics come from the batch or a {@link BnStats}. */
    record Norm(NDArray gamma, NDArray beta) implements SlicedLayer {
        @Override
        public List<NDArray> arrays() {
            return List.of(gamma, beta);
        }
    }

    record Act(Activation activation) implements SlicedLayer {
        @Override
        public List<NDArray> arrays() {
            return List.of();
        }
    }

    /** Squeeze-excite: two 1x1 convolutions with bias around a ReLU, then a sigmoid gate. */
    record SqueezeExcite(Conv reduce, Conv expand) implements SlicedLayer {
        @Override
        public List<NDArray> arrays() {
            return List.of(reduce.weight(), reduce.bias(), expand.weight(), expand.bias());
        }
    }

    /** Global average pooling and flattening (the head's end). */
    record Pool() implements SlicedLayer {
        @Override
        public List<NDArray> arrays() {
            return List.of();
        }
    }

    record Dense(NDArray weight, NDArray bias) implements SlicedLayer {
        @Override
        public List<NDArray> arrays() {
            return List.of(weight, bias);
        }
    }
}
