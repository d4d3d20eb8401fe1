package io.jnas.accuracy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import io.jnas.data.ImageDataset;

/**
 * The share of a data set's images that a trained network labels correctly, in inference mode
 * (BatchNorm on its running statistics): how an export measures a subnet on the test split.
 *
 * <pre>{@code
 * double acc = ImageAccuracy.of(model.getBlock(), model.getNDManager(), standardizedTest);
 * }</pre>
 */
public final class ImageAccuracy {

    private static final int BATCH = 256;

    private ImageAccuracy() {
    }

    /**
     * @param data images already transformed as the network's training images were
     * @return accuracy in [0, 1]
     */
    public static double of(Block network, NDManager manager, ImageDataset data) {
        int[] all = new int[data.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        long correct = 0;
        for (int from = 0; from < data.size(); from += BATCH) {
            int to = Math.min(data.size(), from + BATCH);
            try (NDManager m = manager.newSubManager()) {
                NDArray x = Batches.images(m, data, all, from, to);
                NDArray logits = network.forward(new ParameterStore(m, false), new NDList(x),
                        false).singletonOrThrow();
                long[] predicted = logits.argMax(1).toType(DataType.INT64, false).toLongArray();
                for (int i = from; i < to; i++) {
                    if (predicted[i - from] == data.label(i)) {
                        correct++;
                    }
                }
            }
        }
        return (double) correct / data.size();
    }
}
