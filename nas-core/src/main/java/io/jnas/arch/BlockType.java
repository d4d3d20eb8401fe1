package io.jnas.arch;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of block an architecture is made of; each is one lookup-table entry.
 *
 * <ul>
 *   <li>{@link #STEM}: conv k x k (stride s), BatchNorm, activation.</li>
 *   <li>{@link #MBCONV}: inverted residual: [expand 1x1, BN, act] (absent when expand is 1),
 *       depthwise k x k (stride s), BN, act, [squeeze-excite], project 1x1, BN; residual add when
 *       stride is 1 and in == out channels.</li>
 *   <li>{@link #HEAD}: conv 1x1, BN, activation, global average pool, flatten.</li>
 *   <li>{@link #CLASSIFIER}: fully connected layer with bias.</li>
 * </ul>
 */
public enum BlockType {
    STEM("stem"),
    MBCONV("mbconv"),
    HEAD("head"),
    CLASSIFIER("fc");

    private final String id;

    BlockType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<BlockType> parse(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
