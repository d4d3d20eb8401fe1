package io.jnas.supernet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.space.SearchSpace;
import io.jnas.space.SubnetChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceTableTest {

    @TempDir
    Path tmp;

    @Test
    void writesAndReadsBackWithMissingSeeds() throws Exception {
        SearchSpace s = ChoiceTextTest.space();
        List<SubnetChoice> c = RandomSubnets.distinct(s, 2, 4);
        ReferenceTable t = new ReferenceTable(List.of("made by a test"), List.of(1L, 2L), List.of(
                new ReferenceTable.Row(s.resolve(c.get(0)).hash(), 100, 2000, c.get(0),
                        new double[] {0.8512, 0.8498}, 12.5),
                new ReferenceTable.Row(s.resolve(c.get(1)).hash(), 200, 4000, c.get(1),
                        new double[] {0.8, Double.NaN}, 6)));
        Path f = tmp.resolve("ref.csv");
        t.write(f);
        assertTrue(Files.readString(f).startsWith("# made by a test\nindex,hash,params,macs,"
                + "accuracy_seed1,accuracy_seed2,seconds,subnet\n"), Files.readString(f));
        ReferenceTable back = ReferenceTable.load(f);
        assertEquals(t.recipe(), back.recipe());
        assertEquals(List.of(1L, 2L), back.seeds());
        assertArrayEquals(new double[] {0.8512, 0.8}, back.accuracies(0));
        assertTrue(back.rows().get(1).accuracy(1).isEmpty());
        assertEquals(c.get(1), back.rows().get(1).choice());
    }

    @Test
    void aBadLineNamesFileAndLine() throws Exception {
        Path f = tmp.resolve("bad.csv");
        Files.writeString(f, "index,hash,params,macs,accuracy_seed1,seconds,subnet\n"
                + "0,abc,12,x,0.5,1.0,c24:k3e1relu\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReferenceTable.load(f));
        assertTrue(e.getMessage().startsWith(f + " line 2: numbers must be numbers"),
                e.getMessage());
        Files.writeString(f, "hash,accuracy\n");
        e = assertThrows(IllegalArgumentException.class, () -> ReferenceTable.load(f));
        assertTrue(e.getMessage().contains("line 1: header must be"), e.getMessage());
    }
}
