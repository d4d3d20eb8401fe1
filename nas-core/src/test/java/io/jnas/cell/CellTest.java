package io.jnas.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellTest {

    @Test
    void everyCellOfTheSpacePrintsAndParsesBackExactly() {
        List<Cell> all = Cell.all();
        assertEquals(15_625, all.size());
        Set<String> strings = new HashSet<>();
        for (Cell c : all) {
            String s = c.toString();
            assertEquals(c, Cell.parse(s));
            assertEquals(s, Cell.parse(s).toString());
            strings.add(s);
        }
        assertEquals(15_625, strings.size(), "every cell has its own string");
    }

    @Test
    void edgesFollowTheBenchmarkStringOrder() {
        Cell c = Cell.parse("|nor_conv_3x3~0|+|none~0|skip_connect~1|+"
                + "|avg_pool_3x3~0|nor_conv_1x1~1|skip_connect~2|");
        assertEquals(CellOp.NOR_CONV_3X3, c.op(1, 0));
        assertEquals(CellOp.NONE, c.op(2, 0));
        assertEquals(CellOp.SKIP_CONNECT, c.op(2, 1));
        assertEquals(CellOp.AVG_POOL_3X3, c.op(3, 0));
        assertEquals(CellOp.NOR_CONV_1X1, c.op(3, 1));
        assertEquals(CellOp.SKIP_CONNECT, c.op(3, 2));
        assertEquals(List.of(CellOp.NOR_CONV_3X3, CellOp.NONE, CellOp.SKIP_CONNECT,
                CellOp.AVG_POOL_3X3, CellOp.NOR_CONV_1X1, CellOp.SKIP_CONNECT), c.edges());
    }

    @Test
    void theFirstAndLastCellsOfTheEnumeration() {
        assertEquals("|none~0|+|none~0|none~1|+|none~0|none~1|none~2|",
                Cell.all().get(0).toString());
        assertEquals("|avg_pool_3x3~0|+|avg_pool_3x3~0|avg_pool_3x3~1|+"
                + "|avg_pool_3x3~0|avg_pool_3x3~1|avg_pool_3x3~2|",
                Cell.all().get(15_624).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "|nor_conv_3x3~0|+|none~0|none~1|;must have 3 node groups joined by '+', but had 2",
        "nor_conv_3x3~0|+|none~0|none~1|+|none~0|none~1|none~2|;node 1 group must start and end"
                + " with '|', but was 'nor_conv_3x3~0|'",
        "|nor_conv_3x3~0|+|none~0|+|none~0|none~1|none~2|;node 2 must have 2 incoming edge(s),"
                + " but had 1 ('|none~0|')",
        "|nor_conv_3x3~0|+|none~1|none~0|+|none~0|none~1|none~2|;edge 1 of node 2 must be"
                + " 'op~0', but was 'none~1'",
        "|conv_3x3~0|+|none~0|none~1|+|none~0|none~1|none~2|;edge 0 -> 1: op must be one of none,"
                + " skip_connect, nor_conv_1x1, nor_conv_3x3, avg_pool_3x3, but was 'conv_3x3'",
        "|nor_conv_3x3~0| +|none~0|none~1|+|none~0|none~1|none~2|;node 1 group must start and"
                + " end with '|', but was '|nor_conv_3x3~0| '",
    })
    void malformedStringsAreRefusedSayingWhatIsWrong(String text, String problem) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Cell.parse(text));
        assertEquals("cell '" + text + "' " + problem, e.getMessage());
    }

    @Test
    void edgeIndicesOutsideTheCellAreRefused() {
        assertEquals(0, Cell.edgeIndex(1, 0));
        assertEquals(5, Cell.edgeIndex(3, 2));
        assertThrows(IllegalArgumentException.class, () -> Cell.edgeIndex(2, 2));
        assertThrows(IllegalArgumentException.class, () -> Cell.edgeIndex(4, 0));
    }
}
