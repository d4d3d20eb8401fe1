package io.jnas.supernet;

import static java.util.Objects.requireNonNull;

import ai.djl.Model;

/**
 * A supernet whose weights are trained (or loaded), with the model that owns them; closing it
 * frees the weights.
 *
 * @param seconds training time of this process (0 when the weights were loaded)
 * @param reused whether the weights were loaded from a finished store
 */
public record TrainedSupernet(Model model, Supernet net, SupernetStore store, double seconds,
        boolean reused) implements AutoCloseable {

    public TrainedSupernet {
        requireNonNull(model, "model");
        requireNonNull(net, "net");
        requireNonNull(store, "store");
    }

    @Override
    public void close() {
        model.close();
    }
}
