package io.jnas.space;

import io.jnas.arch.Activation;

/** The fixed first convolution of every subnet of a space. */
public record StemSpec(int channels, int kernel, int stride, Activation activation) {
}
