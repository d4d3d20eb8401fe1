package io.jnas.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenetics.Genotype;
import io.jenetics.IntegerChromosome;
import io.jenetics.IntegerGene;
import io.jenetics.util.RandomRegistry;
import io.jnas.arch.Architecture;
import io.jnas.search.Spaces;
import io.jnas.space.SearchSpace;
import io.jnas.space.StageSpace;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SpaceCodecTest {

    static List<String> spaces() {
        return Spaces.shipped();
    }

    @Test
    void everyShippedSpaceIsTested() {
        assertTrue(spaces().containsAll(List.of("mnist-small", "cifar-small", "mobilenet-224")),
                spaces().toString());
    }

    @ParameterizedTest
    @MethodSource("spaces")
    void layoutHasSixChromosomesPerStageWithTheChoiceCountsAsRanges(String name) {
        SearchSpace space = Spaces.load(name);
        SpaceCodec codec = SpaceCodec.of(space);
        Genotype<IntegerGene> g = codec.random(new SplittableRandom(1));
        assertEquals(6 * space.stages().size(), g.length());
        for (int s = 0; s < space.stages().size(); s++) {
            StageSpace st = space.stages().get(s);
            IntegerChromosome kernel = g.get(SpaceCodec.chromosomeIndex(s, GeneKind.KERNEL))
                    .as(IntegerChromosome.class);
            assertEquals(st.maxDepth(), kernel.length());
            assertEquals(0, kernel.min());
            assertEquals(st.kernel().size(), kernel.max(), "upper bound is exclusive");
            assertEquals(1, g.get(SpaceCodec.chromosomeIndex(s, GeneKind.DEPTH)).length());
            assertEquals(st.depth().size(), g.get(SpaceCodec.chromosomeIndex(s, GeneKind.DEPTH))
                    .as(IntegerChromosome.class).max());
        }
    }

    @ParameterizedTest
    @MethodSource("spaces")
    void everyGenotypeDecodesToASubnetAndRoundTrips(String name) {
        SearchSpace space = Spaces.load(name);
        SpaceCodec codec = SpaceCodec.of(space);
        SplittableRandom rng = new SplittableRandom(11);
        for (int i = 0; i < 1000; i++) {
            Genotype<IntegerGene> g = codec.random(rng);
            assertTrue(g.isValid());
            Architecture a = codec.decode(g);
            assertEquals(a, space.resolve(space.choiceOf(a)), "a subnet of the space");
            Genotype<IntegerGene> canonical = codec.encode(a);
            assertEquals(a, codec.decode(canonical));
            assertEquals(canonical, codec.canonical(g));
            assertEquals(canonical, codec.encode(codec.decode(canonical)), "encoding is stable");
        }
    }

    @ParameterizedTest
    @MethodSource("spaces")
    void everyArchitectureOfTheSpaceEncodesToAGenotypeThatDecodesToIt(String name) {
        SearchSpace space = Spaces.load(name);
        SpaceCodec codec = SpaceCodec.of(space);
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 1000; i++) {
            Architecture a = space.resolve(space.sample(rng));
            assertEquals(a, codec.decode(codec.encode(a)));
        }
        for (var choice : List.of(space.minimal(), space.maximal(), space.centroid())) {
            Architecture a = space.resolve(choice);
            assertEquals(a, codec.decode(codec.encode(a)));
        }
    }

    @Test
    void inactiveSlotsAreIgnoredWhenDecodingAndZeroWhenEncoding() {
        SpaceCodec codec = SpaceCodec.of(Spaces.load("mnist-small"));
        int[][] v = codec.values(codec.encode(codec.space().resolve(codec.space().minimal())));
        int kernel = SpaceCodec.chromosomeIndex(0, GeneKind.KERNEL);
        assertEquals(List.of(0, 0), List.of(v[kernel][0], v[kernel][1]));
        Architecture before = codec.decode(codec.genotype(v));
        v[kernel][1] = 2; // stage 0 has depth 1: slot 1 is unused
        assertEquals(before, codec.decode(codec.genotype(v)));
        assertEquals(0, codec.values(codec.canonical(codec.genotype(v)))[kernel][1]);
        assertEquals(33, codec.slots().size(), "per stage 3 + 3 x max depth (2, 3, 3)");
        assertEquals(3 * (3 + 3), codec.activeSlots(codec.genotype(v)).size(),
                "minimal: depth 1 in every stage, so one block slot (3 genes) per stage");
    }

    @Test
    void everyValueOfEveryGeneIsDrawn() {
        SpaceCodec codec = SpaceCodec.of(Spaces.load("cifar-small"));
        SplittableRandom rng = new SplittableRandom(5);
        boolean[][][] seen = new boolean[codec.chromosomeCount()][][];
        for (GeneSlot s : codec.slots()) {
            if (seen[s.chromosome()] == null) {
                seen[s.chromosome()] = new boolean[codec.length(s.stage(), s.kind())][];
            }
            seen[s.chromosome()][s.gene()] = new boolean[s.choices()];
        }
        for (int i = 0; i < 2000; i++) {
            int[][] v = codec.values(codec.random(rng));
            for (GeneSlot s : codec.slots()) {
                seen[s.chromosome()][s.gene()][v[s.chromosome()][s.gene()]] = true;
            }
        }
        for (GeneSlot s : codec.slots()) {
            for (boolean b : seen[s.chromosome()][s.gene()]) {
                assertTrue(b, "a value of " + s + " never drawn");
            }
        }
    }

    @Test
    void factoryUsesJeneticsRandomRegistry() {
        SpaceCodec codec = SpaceCodec.of(Spaces.load("mnist-small"));
        Genotype<IntegerGene> a = RandomRegistry.with(new SplittableRandom(9),
                r -> codec.encoding().newInstance());
        Genotype<IntegerGene> b = RandomRegistry.with(new SplittableRandom(9),
                r -> codec.encoding().newInstance());
        assertEquals(a, b);
    }

    @Test
    void foreignGenotypesAndChoicesAreRejectedWithTheField() {
        SpaceCodec mnist = SpaceCodec.of(Spaces.load("mnist-small"));
        SpaceCodec cifar = SpaceCodec.of(Spaces.load("cifar-small"));
        var e = assertThrows(IllegalArgumentException.class,
                () -> mnist.decode(cifar.random(new SplittableRandom(1))));
        assertEquals("genotype must have 18 chromosomes for space 'mnist-small', but had 24",
                e.getMessage());
        int[][] v = mnist.values(mnist.random(new SplittableRandom(1)));
        v[SpaceCodec.chromosomeIndex(1, GeneKind.CHANNELS)][0] = 3;
        e = assertThrows(IllegalArgumentException.class, () -> mnist.genotype(v));
        assertEquals("gene 0 of stages[1].channels must be in [0, 3), but was 3", e.getMessage());
        Architecture foreign = cifar.decode(cifar.random(new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> mnist.encode(foreign));
    }
}
