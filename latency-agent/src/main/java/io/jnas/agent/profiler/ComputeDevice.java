package io.jnas.agent.profiler;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an agent measures: the CPU, or one CUDA GPU by index.
 *
 * <pre>{@code ComputeDevice d = ComputeDevice.parse("cuda:0");}</pre>
 *
 * @param gpu true for a CUDA GPU
 * @param index the GPU's index (0 for the CPU)
 */
public record ComputeDevice(boolean gpu, int index) {

    /** The CPU. */
    public static final ComputeDevice CPU = new ComputeDevice(false, 0);

    private static final Pattern FORM = Pattern.compile("cpu|cuda(?::(\\d{1,2}))?");

    public ComputeDevice {
        if (index < 0 || (!gpu && index != 0)) {
            throw new IllegalArgumentException("device index must be 0 for cpu and >= 0 for cuda,"
                    + " but was " + index);
        }
    }

    /**
     * Reads {@code cpu}, {@code cuda} (GPU 0) or {@code cuda:N}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static ComputeDevice parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "device must be cpu, cuda or cuda:N, but was '" + text + "'");
        }
        if (text.equals("cpu")) {
            return CPU;
        }
        return new ComputeDevice(true, m.group(1) == null ? 0 : Integer.parseInt(m.group(1)));
    }

    /** {@code cpu} or {@code cuda:N}: the form measurements record. */
    public String id() {
        return gpu ? "cuda:" + index : "cpu";
    }

    /** True when {@code text} names this device ({@code cuda} names {@code cuda:0}). */
    public boolean isNamedBy(String text) {
        try {
            return parse(text).equals(this);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return id();
    }
}
