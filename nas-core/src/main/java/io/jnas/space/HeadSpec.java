package io.jnas.space;

import io.jnas.arch.Activation;

/** The fixed last 1x1 convolution (then pooling and the classifier) of every subnet. */
public record HeadSpec(int channels, Activation activation) {
}
