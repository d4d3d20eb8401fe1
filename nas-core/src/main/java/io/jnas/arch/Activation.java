package io.jnas.arch;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The activation functions a block may use, by the names the space files and table keys use.
 *
 * <pre>{@code Activation a = Activation.parse("hardswish").orElseThrow();}</pre>
 */
public enum Activation {
    RELU("relu"),
    RELU6("relu6"),
    HARDSWISH("hardswish"),
    SILU("silu"),
    GELU("gelu"),
    MISH("mish"),
    LEAKY_RELU("leaky_relu"),
    PRELU("prelu");

    /** Negative slope of {@link #LEAKY_RELU}, as in PyTorch's default. */
    public static final float LEAKY_SLOPE = 0.01f;
    /** Initial slope of {@link #PRELU}, as in PyTorch's default. */
    public static final float PRELU_INIT = 0.25f;

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /** The name used in space files, keys and JSON. */
    public String id() {
        return id;
    }

    /** Learnable parameters this activation adds after a layer of {@code channels} channels. */
    public long params(int channels) {
        return this == PRELU ? channels : 0;
    }

    public static Optional<Activation> parse(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.id.equals(n)).findFirst();
    }

    /** The accepted names, for error messages. */
    public static String names() {
        return Arrays.stream(values()).map(Activation::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
