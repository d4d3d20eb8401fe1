package io.jnas.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenetics.Genotype;
import io.jenetics.IntegerGene;
import io.jnas.cell.Cell;
import io.jnas.cell.CellNetwork;
import io.jnas.cell.CellOp;
import io.jnas.cell.CellSkeleton;
import io.jnas.cell.CellSpace;
import io.jnas.recorded.TestTables;
import io.jnas.search.ChoiceMutation;
import io.jnas.search.Spaces;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CellCodecTest {

    @Test
    void everyCellOfEveryShippedCellSpaceEncodesAndDecodesBack() {
        for (String name : Spaces.shippedCells()) {
            SearchCodec<?> loaded = SearchCodecs.load(Spaces.file(name));
            CellCodec codec = (CellCodec) loaded;
            Set<String> hashes = new HashSet<>();
            for (Cell c : codec.space().cells()) {
                CellNetwork n = codec.decode(codec.encode(c));
                assertEquals(c, n.cell());
                assertEquals(n, codec.read(n.toJson()));
                hashes.add(n.hash());
            }
            assertEquals(codec.space().size(), hashes.size(), name);
        }
    }

    @Test
    void aSpaceWithFewerOpsOnlyEverDecodesToItsOps(@TempDir Path dir) {
        CellCodec codec = (CellCodec) SearchCodecs.load(TestTables.space(dir));
        assertEquals(729, codec.space().size());
        SplittableRandom rng = new SplittableRandom(5);
        Set<Cell> seen = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            Cell c = codec.decode(codec.random(rng)).cell();
            assertTrue(TestTables.OPS.containsAll(c.edges()), c.toString());
            seen.add(c);
        }
        assertTrue(seen.size() > 700, "uniform over the 729 cells, saw " + seen.size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> codec.encode(Cell.uniform(CellOp.AVG_POOL_3X3)));
        assertTrue(e.getMessage().startsWith("edge 0 op must be one of [none, nor_conv_1x1,"
                + " nor_conv_3x3]"), e.getMessage());
        CellNetwork foreign = new CellNetwork(Cell.uniform(CellOp.NONE),
                CellSkeleton.NAS_BENCH_201_CIFAR10);
        assertThrows(IllegalArgumentException.class, () -> codec.read(foreign.toJson()));
    }

    @Test
    void layoutReferenceAndLargest() {
        CellCodec codec = CellCodec.of(new CellSpace("t", CellSkeleton.NAS_BENCH_201_CIFAR10));
        assertEquals(6, codec.loci().size());
        assertEquals(List.of(List.of(0), List.of(1), List.of(2), List.of(3), List.of(4),
                List.of(5)), codec.crossoverUnits());
        assertEquals(Cell.uniform(CellOp.NOR_CONV_1X1), codec.reference().cell());
        assertEquals(Cell.uniform(CellOp.NOR_CONV_3X3), codec.largest().cell());
        assertEquals(1_531_546, codec.cost(codec.largest()).params());
        assertThrows(IllegalArgumentException.class,
                () -> codec.genotype(new int[][] {{0}, {1}, {2}, {3}, {4}, {5}}));
    }

    @Test
    void mutationChangesAtLeastOneEdge() {
        CellCodec codec = CellCodec.of(new CellSpace("t", CellSkeleton.NAS_BENCH_201_CIFAR10));
        ChoiceMutation m = new ChoiceMutation(codec, 0.0);
        SplittableRandom rng = new SplittableRandom(9);
        for (int i = 0; i < 200; i++) {
            Genotype<IntegerGene> parent = codec.random(rng);
            Genotype<IntegerGene> child = m.mutate(parent, rng);
            Cell a = codec.decode(parent).cell();
            Cell b = codec.decode(child).cell();
            assertNotEquals(a, b);
            int changed = 0;
            for (int e = 0; e < Cell.EDGES; e++) {
                changed += a.edges().get(e) == b.edges().get(e) ? 0 : 1;
            }
            assertEquals(1, changed, "probability 0: exactly the one forced change");
        }
    }
}
