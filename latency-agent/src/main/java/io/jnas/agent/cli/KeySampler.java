package io.jnas.agent.cli;

import io.jnas.arch.Architecture;
import io.jnas.arch.OpKey;
import io.jnas.space.SearchSpace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

/** Seeded samples of a space: architectures, and the distinct blocks they are made of. */
final class KeySampler {

    /** Cap on samples drawn while looking for distinct keys (small spaces run out). */
    static final int MAX_SAMPLES = 100_000;

    private KeySampler() {
    }

    static List<Architecture> architectures(SearchSpace space, int count, long seed) {
        Random rng = new Random(seed);
        List<Architecture> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(space.resolve(space.sample(rng)));
        }
        return out;
    }

    /** Up to {@code count} distinct op keys, in the order sampled architectures use them. */
    static List<String> distinctKeys(SearchSpace space, int count, long seed) {
        Random rng = new Random(seed);
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < MAX_SAMPLES && keys.size() < count; i++) {
            for (OpKey k : space.resolve(space.sample(rng)).opKeys()) {
                if (keys.size() < count) {
                    keys.add(k.toString());
                }
            }
        }
        return List.copyOf(keys);
    }

    static List<String> distinctKeys(List<Architecture> architectures) {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        architectures.forEach(a -> a.opKeys().forEach(k -> keys.add(k.toString())));
        return List.copyOf(keys);
    }
}
