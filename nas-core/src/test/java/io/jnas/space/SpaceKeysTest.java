package io.jnas.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.Architecture;
import io.jnas.arch.OpKey;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpaceKeysTest {

    static SearchSpace load(String file) {
        return SearchSpace.load(Path.of(System.getProperty("nas.home", ".."))
                .resolve("configs/spaces/" + file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mnist-small.yaml", "cifar-small.yaml", "mobilenet-224.yaml"})
    void everySampledKeyIsEnumeratedAndEveryEnumeratedKeyOccurs(String file) {
        SearchSpace space = load(file);
        List<OpKey> all = SpaceKeys.all(space);
        Set<OpKey> enumerated = new HashSet<>(all);
        assertEquals(all.size(), enumerated.size(), "keys must be distinct");
        Set<OpKey> seen = new HashSet<>();
        Random rng = new Random(1);
        for (int i = 0; i < 20_000; i++) {
            Architecture a = space.resolve(space.sample(rng));
            for (OpKey k : a.opKeys()) {
                assertTrue(enumerated.contains(k), () -> "not enumerated: " + k);
                seen.add(k);
            }
        }
        if (all.size() < 2_000) {
            // small spaces: random sampling reaches every key, so none is enumerated in vain
            assertEquals(enumerated, seen);
        }
    }
}
