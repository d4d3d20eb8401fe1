package io.jnas.arch;

/** Shape of one input sample: channels, height, width (the batch is a measurement setting). */
public record InputShape(int channels, int height, int width) {

    public InputShape {
        if (channels < 1 || channels > BlockSpec.MAX_CHANNELS) {
            throw new IllegalArgumentException("channels must be in [1, " + BlockSpec.MAX_CHANNELS
                    + "], but was " + channels);
        }
        if (height < 1 || height > BlockSpec.MAX_SIZE || width < 1 || width > BlockSpec.MAX_SIZE) {
            throw new IllegalArgumentException("height and width must be in [1, " + BlockSpec.MAX_SIZE
                    + "], but were " + height + "x" + width);
        }
    }

    @Override
    public String toString() {
        return channels + "x" + height + "x" + width;
    }
}
