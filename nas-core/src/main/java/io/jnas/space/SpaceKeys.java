package io.jnas.space;

import io.jnas.arch.Activation;
import io.jnas.arch.BlockSpec;
import io.jnas.arch.BlockType;
import io.jnas.arch.OpKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every block key any subnet of a space can contain: what a complete lookup table must hold.
 *
 * <pre>{@code List<OpKey> keys = SpaceKeys.all(space);}</pre>
 */
public final class SpaceKeys {

    private SpaceKeys() {
    }

    /** The distinct keys, in a stable order (stem, stages in order, head, classifier). */
    public static List<OpKey> all(SearchSpace space) {
        Set<OpKey> keys = new LinkedHashSet<>();
        StemSpec stem = space.stem();
        BlockSpec stemBlock = new BlockSpec(BlockType.STEM, -1, space.input().channels(),
                stem.channels(), stem.kernel(), stem.stride(), 1, stem.activation(), false,
                space.input().height(), space.input().width());
        keys.add(stemBlock.opKey());
        List<Integer> inChannels = List.of(stem.channels());
        int h = stemBlock.outHeight();
        int w = stemBlock.outWidth();
        for (StageSpace s : space.stages()) {
            int oh = (h - 1) / s.stride() + 1;
            int ow = (w - 1) / s.stride() + 1;
            for (int out : s.channels()) {
                for (boolean se : s.se()) {
                    for (int k : s.kernel()) {
                        for (int e : s.expand()) {
                            for (Activation a : s.activation()) {
                                for (int in : inChannels) {
                                    keys.add(new OpKey(BlockType.MBCONV, in, out, k, s.stride(), e,
                                            a, se, h, w));
                                }
                                if (s.maxDepth() > 1) {
                                    keys.add(new OpKey(BlockType.MBCONV, out, out, k, 1, e, a, se,
                                            oh, ow));
                                }
                            }
                        }
                    }
                }
            }
            inChannels = s.channels();
            h = oh;
            w = ow;
        }
        for (int in : inChannels) {
            keys.add(new OpKey(BlockType.HEAD, in, space.head().channels(), 1, 1, 1,
                    space.head().activation(), false, h, w));
        }
        keys.add(new OpKey(BlockType.CLASSIFIER, space.head().channels(), space.classes(), 1, 1, 1,
                null, false, 1, 1));
        return new ArrayList<>(keys);
    }
}
