package io.jnas.accuracy;

/**
 * Serializes gradient recording: DJL's PyTorch engine allows one {@code GradientCollector} per
 * JVM at a time (a second one throws), so evaluators that run on several threads take turns for
 * forward-and-backward passes. Parallelism is better spent on PyTorch's intra-op threads.
 */
final class Autograd {

    static final Object LOCK = new Object();

    private Autograd() {
    }
}
