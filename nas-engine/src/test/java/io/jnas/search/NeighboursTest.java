package io.jnas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.jenetics.Genotype;
import io.jenetics.IntegerGene;
import io.jnas.cell.CellSkeleton;
import io.jnas.cell.CellSpace;
import io.jnas.codec.CellCodec;
import io.jnas.codec.Locus;
import io.jnas.codec.SearchCodec;
import io.jnas.codec.SpaceCodec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NeighboursTest {

    @Test
    void aCellHasEveryOneEditNeighbourOnce() {
        CellCodec codec = CellCodec.of(new CellSpace("t", CellSkeleton.NAS_BENCH_201_CIFAR10));
        Genotype<IntegerGene> g = codec.random(new SplittableRandom(1));
        List<Genotype<IntegerGene>> near = Neighbours.of(codec, g);
        // 6 edges of 5 operations: 4 other values each
        assertEquals(24, near.size());
        assertOneActiveEditEach(codec, g, near);
        Set<String> designs = new HashSet<>();
        near.forEach(n -> designs.add(String.valueOf(codec.decode(n))));
        assertEquals(24, designs.size(), "every neighbour is another cell");
    }

    @Test
    void aBlockListDesignChangesOnlyGenesItDependsOn() {
        SpaceCodec codec = SpaceCodec.of(Spaces.load("cifar-small"));
        SplittableRandom rng = new SplittableRandom(2);
        for (int i = 0; i < 50; i++) {
            Genotype<IntegerGene> g = codec.random(rng);
            int expected = codec.activeLoci(g).stream().mapToInt(s -> s.choices() - 1).sum();
            List<Genotype<IntegerGene>> near = Neighbours.of(codec, g);
            assertEquals(expected, near.size());
            assertOneActiveEditEach(codec, g, near);
            near.forEach(n -> assertNotEquals(codec.decode(g), codec.decode(n)));
        }
    }

    private static void assertOneActiveEditEach(SearchCodec<?> codec, Genotype<IntegerGene> g,
            List<Genotype<IntegerGene>> near) {
        int[][] a = codec.values(g);
        List<Locus> active = codec.activeLoci(g);
        for (Genotype<IntegerGene> n : near) {
            int[][] b = codec.values(n);
            int changed = 0;
            int changedActive = 0;
            for (Locus s : codec.loci()) {
                if (a[s.chromosome()][s.gene()] != b[s.chromosome()][s.gene()]) {
                    changed++;
                    changedActive += active.contains(s) ? 1 : 0;
                }
            }
            assertEquals(1, changed, "one gene changes");
            assertEquals(1, changedActive, "and the design depends on it");
        }
    }
}
