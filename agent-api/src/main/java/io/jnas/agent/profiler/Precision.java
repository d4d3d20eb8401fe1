package io.jnas.agent.profiler;

import java.util.Arrays;
import java.util.Optional;

/** Numeric type of weights and activations while a block is timed. */
public enum Precision {
    FLOAT32("float32"),
    FLOAT16("float16");

    private final String id;

    Precision(String id) {
        this.id = id;
    }

    /** The name requests and measurements use. */
    public String id() {
        return id;
    }

    public static Optional<Precision> parse(String name) {
        return Arrays.stream(values()).filter(p -> p.id.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
