package io.jnas.arch;

import static java.util.Objects.requireNonNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lookup-table key of one block at one input shape: every field that changes what is
 * computed, and nothing else. Its canonical string is what agents time and predictors look up.
 *
 * <pre>{@code
 * OpKey k = OpKey.parse("mbconv:i16:o24:k5:s2:e6:hardswish:se1:28x28");
 * BlockSpec b = k.toBlockSpec();
 * }</pre>
 */
public record OpKey(
        BlockType type,
        int inChannels,
        int outChannels,
        int kernel,
        int stride,
        int expand,
        Activation activation,
        boolean se,
        int inHeight,
        int inWidth) {

    private static final Pattern FORM = Pattern.compile(
            "([a-z]+):i(\\d{1,5}):o(\\d{1,5}):k(\\d{1,2}):s(\\d{1,2}):e(\\d{1,2}):([a-z_0-9]+)"
                    + ":se([01]):(\\d{1,5})x(\\d{1,5})");

    public OpKey {
        requireNonNull(type, "type");
        // validates every range and combination
        new BlockSpec(type, 0, inChannels, outChannels, kernel, stride, expand, activation, se,
                inHeight, inWidth);
    }

    public static OpKey of(BlockSpec b) {
        return new OpKey(b.type(), b.inChannels(), b.outChannels(), b.kernel(), b.stride(),
                b.expand(), b.activation(), b.se(), b.inHeight(), b.inWidth());
    }

    /**
     * Parses the canonical form written by {@link #toString()}.
     *
     * @throws IllegalArgumentException naming what part of the key is wrong
     */
    public static OpKey parse(String text) {
        requireNonNull(text, "key");
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("op key must look like"
                    + " 'mbconv:i16:o24:k3:s1:e6:relu:se0:28x28', but was '" + abbreviate(text) + "'");
        }
        BlockType type = BlockType.parse(m.group(1)).orElseThrow(() -> new IllegalArgumentException(
                "op key block type must be one of stem, mbconv, head, fc, but was '" + m.group(1) + "'"));
        Activation act = null;
        if (!m.group(7).equals("none")) {
            act = Activation.parse(m.group(7)).orElseThrow(() -> new IllegalArgumentException(
                    "op key activation must be one of " + Activation.names() + ", but was '"
                            + m.group(7) + "'"));
        }
        return new OpKey(type, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                Integer.parseInt(m.group(6)), act, m.group(8).equals("1"),
                Integer.parseInt(m.group(9)), Integer.parseInt(m.group(10)));
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /** This key as a block; stage 0 (the stage does not change what is computed). */
    public BlockSpec toBlockSpec() {
        return new BlockSpec(type, 0, inChannels, outChannels, kernel, stride, expand, activation,
                se, inHeight, inWidth);
    }

    @Override
    public String toString() {
        return type.id() + ":i" + inChannels + ":o" + outChannels + ":k" + kernel + ":s" + stride
                + ":e" + expand + ":" + (activation == null ? "none" : activation.id())
                + ":se" + (se ? 1 : 0) + ":" + inHeight + "x" + inWidth;
    }
}
