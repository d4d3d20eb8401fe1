package io.jnas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenetics.Genotype;
import io.jenetics.IntegerGene;
import io.jnas.codec.GeneSlot;
import io.jnas.codec.SpaceCodec;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChoiceMutationTest {

    private final SpaceCodec codec = SpaceCodec.of(Spaces.load("cifar-small"));

    @Test
    void aChildAlwaysDiffersFromItsParentInAnActiveChoice() {
        SplittableRandom rng = new SplittableRandom(1);
        ChoiceMutation m = new ChoiceMutation(codec, 0.0);
        for (int i = 0; i < 500; i++) {
            Genotype<IntegerGene> parent = codec.random(rng);
            Genotype<IntegerGene> child = m.mutate(parent, rng);
            assertNotEquals(codec.decode(parent), codec.decode(child));
            assertEquals(1, changedActive(parent, child), "p = 0: exactly the forced change");
        }
    }

    @Test
    void eachGeneChangesWithTheGivenProbability() {
        SplittableRandom rng = new SplittableRandom(2);
        ChoiceMutation m = new ChoiceMutation(codec, 0.1);
        long changed = 0;
        long genes = 0;
        for (int i = 0; i < 2000; i++) {
            Genotype<IntegerGene> parent = codec.random(rng);
            int[][] a = codec.values(parent);
            int[][] b = codec.values(m.mutate(parent, rng));
            for (GeneSlot s : codec.slots()) {
                if (s.choices() > 1) {
                    genes++;
                    changed += a[s.chromosome()][s.gene()] != b[s.chromosome()][s.gene()] ? 1 : 0;
                }
            }
        }
        double rate = (double) changed / genes;
        // 0.1 plus the forced change when nothing active changed; 8 sd of binomial noise
        assertTrue(rate > 0.1 - 0.005 && rate < 0.1 + 0.02, "rate " + rate);
    }

    @Test
    void mutatedValuesStayInTheirRanges() {
        SplittableRandom rng = new SplittableRandom(3);
        ChoiceMutation m = new ChoiceMutation(codec, 1.0);
        for (int i = 0; i < 300; i++) {
            Genotype<IntegerGene> child = m.mutate(codec.random(rng), rng);
            assertTrue(child.isValid());
            codec.decode(child);
        }
    }

    @Test
    void probabilityIsChecked() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ChoiceMutation(codec, 1.5));
        assertEquals("mutation probability must be in [0, 1], but was 1.5", e.getMessage());
    }

    private int changedActive(Genotype<IntegerGene> parent, Genotype<IntegerGene> child) {
        int[][] a = codec.values(parent);
        int[][] b = codec.values(child);
        List<GeneSlot> active = codec.activeSlots(parent);
        int n = 0;
        for (GeneSlot s : active) {
            n += a[s.chromosome()][s.gene()] != b[s.chromosome()][s.gene()] ? 1 : 0;
        }
        return n;
    }
}
