package io.jnas.codec;

/**
 * What one chromosome of a stage chooses. Depth, channels and squeeze-excite are chosen once per
 * stage (chromosomes of length 1); kernel, expansion and activation once per block slot
 * (chromosomes of length = the stage's largest depth).
 */
public enum GeneKind {
    DEPTH(false),
    CHANNELS(false),
    SE(false),
    KERNEL(true),
    EXPAND(true),
    ACTIVATION(true);

    private final boolean perBlock;

    GeneKind(boolean perBlock) {
        this.perBlock = perBlock;
    }

    /** Whether this kind has one gene per block slot (else one gene per stage). */
    public boolean perBlock() {
        return perBlock;
    }

    /** Lower-case name as used in messages. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
