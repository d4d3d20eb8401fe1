package io.jnas.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.Activation;
import io.jnas.arch.Architecture;
import io.jnas.arch.BlockType;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SearchSpaceTest {

    static List<String> shipped() {
        return Spaces.SHIPPED;
    }

    @Test
    void sizeEqualsTheNumberOfDistinctSubnetsEnumerated() {
        SearchSpace tiny = Spaces.tiny();
        List<SubnetChoice> all = SubnetEnumeration.all(tiny, 20_000);
        Set<String> hashes = new HashSet<>();
        for (SubnetChoice c : all) {
            hashes.add(tiny.resolve(c).hash());
        }
        assertEquals(BigInteger.valueOf(11520), tiny.size());
        assertEquals(tiny.size(), BigInteger.valueOf(all.size()));
        assertEquals(all.size(), hashes.size(), "every choice resolves to a different network");
    }

    @Test
    void enumerationRefusesSpacesAboveItsLimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SubnetEnumeration.all(Spaces.load("mnist-small.yaml"), 1_000_000));
        assertEquals("space 'mnist-small' must hold at most 1000000 subnets to be enumerated, but"
                + " holds 633143008512", e.getMessage());
    }

    @Test
    void stageSizeCountsEveryDepthAndBlockSetting() {
        StageSpace s = Spaces.tiny().stages().get(0);
        // per block 2 kernels x 2 expands x 2 activations = 8; depth 1 or 2: 8 + 64; x 2 channels x 2 se
        assertEquals(8, s.blockChoices());
        assertEquals(BigInteger.valueOf((8 + 64) * 2 * 2), s.size());
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void minimalCentroidMaximalResolveAndAreOrdered(String file) {
        SearchSpace space = Spaces.load(file);
        Architecture min = space.resolve(space.minimal());
        Architecture mid = space.resolve(space.centroid());
        Architecture max = space.resolve(space.maximal());
        for (int i = 0; i < space.stages().size(); i++) {
            StageSpace s = space.stages().get(i);
            assertEquals(s.depth().stream().min(Integer::compare).orElseThrow(),
                    stageDepth(min, i));
            assertEquals(s.maxDepth(), stageDepth(max, i));
        }
        assertTrue(min.blocks().size() <= mid.blocks().size());
        assertTrue(mid.blocks().size() <= max.blocks().size());
        assertEquals(space.classes(), max.blocks().get(max.blocks().size() - 1).outChannels());
    }

    private static int stageDepth(Architecture a, int stage) {
        return (int) a.blocks().stream()
                .filter(b -> b.type() == BlockType.MBCONV && b.stage() == stage).count();
    }

    @Test
    void centroidTakesTheLowerMiddleOfEachSortedList() {
        SubnetChoice c = Spaces.load("mnist-small.yaml").centroid();
        // stage 1: depth [1,2,3] -> 2, channels [24,32,40] -> 32, kernel [3,5,7] -> 5, expand [3,6] -> 3
        SubnetChoice.Stage s1 = c.stages().get(1);
        assertEquals(2, s1.blocks().size());
        assertEquals(32, s1.channels());
        assertEquals(new SubnetChoice.Block(5, 3, Activation.RELU), s1.blocks().get(0));
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void choiceOfInvertsResolve(String file) {
        SearchSpace space = Spaces.load(file);
        Random rng = new Random(11);
        for (int i = 0; i < 200; i++) {
            SubnetChoice c = space.sample(rng);
            assertEquals(c, space.choiceOf(space.resolve(c)));
        }
        for (SubnetChoice c : List.of(space.minimal(), space.centroid(), space.maximal())) {
            assertEquals(c, space.choiceOf(space.resolve(c)));
        }
    }

    @Test
    void resolveRejectsAValueOutsideTheChoices() {
        SearchSpace space = Spaces.tiny();
        SubnetChoice min = space.minimal();
        SubnetChoice.Stage s0 = min.stages().get(0);
        SubnetChoice bad = new SubnetChoice(List.of(
                new SubnetChoice.Stage(s0.channels(), s0.se(),
                        List.of(new SubnetChoice.Block(7, 1, Activation.RELU))),
                min.stages().get(1)));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> space.resolve(bad));
        assertEquals("stages[0].kernel must be one of [3, 5], but was 7", e.getMessage());

        SubnetChoice short1 = new SubnetChoice(List.of(s0));
        e = assertThrows(IllegalArgumentException.class, () -> space.resolve(short1));
        assertEquals("choice must have 2 stages, but had 1", e.getMessage());
    }

    @Test
    void choiceOfRejectsAnArchitectureOfAnotherSpace() {
        SearchSpace mnist = Spaces.load("mnist-small.yaml");
        SearchSpace cifar = Spaces.load("cifar-small.yaml");
        Architecture a = cifar.resolve(cifar.minimal());
        assertThrows(IllegalArgumentException.class, () -> mnist.choiceOf(a));
    }

    @Test
    void samplingIsSeededAndCoversTheSpace() {
        SearchSpace tiny = Spaces.tiny();
        assertEquals(tiny.sample(new Random(3)), tiny.sample(new Random(3)));
        Set<SubnetChoice> seen = new HashSet<>();
        Random rng = new Random(5);
        for (int i = 0; i < 2000; i++) {
            seen.add(tiny.sample(rng));
        }
        assertTrue(seen.size() > 500, "2000 samples of 11520 subnets gave only " + seen.size());
    }

    @Test
    void hashFollowsContentNotFormatting(@TempDir Path dir) throws IOException {
        SearchSpace a = Spaces.load("mnist-small.yaml");
        String text = Files.readString(Spaces.shipped("mnist-small.yaml"));
        String reformatted = "# the same space, written differently\n" + text.replace(
                "input: {channels: 1, height: 28, width: 28}",
                "input:\n  width: 28\n  height: 28\n  channels: 1   # grey");
        assertNotEquals(text, reformatted);
        Path copy = Files.writeString(dir.resolve("copy.yaml"), reformatted);
        assertEquals(a, SearchSpace.load(copy));
        assertEquals(a.hash(), SearchSpace.load(copy).hash());
        Path changed = Files.writeString(dir.resolve("changed.yaml"),
                text.replace("head: {channels: 128", "head: {channels: 96"));
        assertNotEquals(a.hash(), SearchSpace.load(changed).hash());
    }
}
