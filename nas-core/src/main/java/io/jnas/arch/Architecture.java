package io.jnas.arch;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One fully resolved candidate network: its input, its classes and its blocks in order.
 * Immutable; checked at construction (each block's input is the previous block's output).
 *
 * <pre>{@code
 * Architecture a = Architecture.fromJson(json);
 * String key = a.hash();            // stable content hash, the cache key everywhere
 * List<OpKey> keys = a.opKeys();    // lookup-table keys, in order
 * }</pre>
 */
public record Architecture(InputShape input, int classes, List<BlockSpec> blocks)
        implements Design {

    public Architecture {
        requireNonNull(input, "input");
        blocks = List.copyOf(requireNonNull(blocks, "blocks"));
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("blocks must not be empty");
        }
        int c = input.channels();
        int h = input.height();
        int w = input.width();
        for (int i = 0; i < blocks.size(); i++) {
            BlockSpec b = blocks.get(i);
            if (b.inChannels() != c || b.inHeight() != h || b.inWidth() != w) {
                throw new IllegalArgumentException("blocks[" + i + "] input must be " + c + "x" + h
                        + "x" + w + " (the previous output), but was " + b.inChannels() + "x"
                        + b.inHeight() + "x" + b.inWidth());
            }
            c = b.outChannels();
            h = b.outHeight();
            w = b.outWidth();
        }
        BlockSpec last = blocks.get(blocks.size() - 1);
        if (last.type() != BlockType.CLASSIFIER || last.outChannels() != classes) {
            throw new IllegalArgumentException(
                    "last block must be an fc block with " + classes + " outputs, but was " + last);
        }
    }

    /** The lookup-table keys of the blocks, in order (repeated keys appear repeatedly). */
    public List<OpKey> opKeys() {
        return blocks.stream().map(OpKey::of).toList();
    }

    /** Canonical JSON: fixed field order, no whitespace; equal architectures give equal bytes. */
    @Override
    public String toJson() {
        return ArchitectureJson.write(this);
    }

    /** Reads JSON written by {@link #toJson()} (whitespace and field order may differ). */
    public static Architecture fromJson(String json) {
        return ArchitectureJson.read(json);
    }

    /** First 16 hex digits of the SHA-256 of the canonical JSON. */
    @Override
    public String hash() {
        return Design.contentHash(toJson());
    }

    /** A short human summary: per stage, depth and channels. */
    @Override
    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (BlockSpec b : blocks) {
            if (b.type() == BlockType.MBCONV) {
                sb.append(sb.isEmpty() ? "" : " ").append("k").append(b.kernel()).append("e")
                        .append(b.expand()).append("c").append(b.outChannels());
            }
        }
        return sb.toString();
    }
}
