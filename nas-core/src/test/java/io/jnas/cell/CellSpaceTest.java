package io.jnas.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.arch.InputShape;
import io.jnas.space.SpaceFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellSpaceTest {

    static Path shipped(String name) {
        return Path.of(System.getProperty("nas.home", "..")).resolve("configs/spaces/"
                + name + ".yaml");
    }

    @Test
    void theShippedSpaceIsTheBenchmarksCifar10Skeleton() {
        CellSpace s = CellSpace.load(shipped("nb201"));
        assertEquals("nb201", s.name());
        assertEquals(CellSkeleton.NAS_BENCH_201_CIFAR10, s.skeleton());
        assertEquals(15_625, s.size());
        assertTrue(CellSpace.describedBy(shipped("nb201")));
        assertFalse(CellSpace.describedBy(shipped("mnist-small")));
        CellSpace mini = CellSpace.load(shipped("nb201-mini"));
        assertEquals(1, mini.skeleton().cellsPerStage());
        assertEquals(729, mini.size());
        assertNotEquals(s.hash(), mini.hash());
    }

    @Test
    void aSpaceMayUseASubsetOfTheOps(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("three.yaml");
        Files.writeString(f, Files.readString(shipped("nb201")).replace("cells-per-stage: 5",
                "cells-per-stage: 1") + "ops: [none, nor_conv_3x3, skip_connect]\n");
        CellSpace s = CellSpace.load(f);
        assertEquals(List.of(CellOp.NONE, CellOp.NOR_CONV_3X3, CellOp.SKIP_CONNECT), s.ops());
        assertEquals(729, s.size());
        assertEquals(729, s.cells().size());
        assertEquals(729, new java.util.HashSet<>(s.cells()).size());
        assertTrue(s.cells().stream().allMatch(s::contains));
        assertFalse(s.contains(Cell.uniform(CellOp.AVG_POOL_3X3)));
        assertNotEquals(CellSpace.load(shipped("nb201-mini")).hash(), s.hash());
    }

    @Test
    void aNetworkRoundTripsThroughItsJson() {
        CellNetwork n = CellSpace.load(shipped("nb201")).network(Cell.parse(
                "|nor_conv_3x3~0|+|none~0|skip_connect~1|+|avg_pool_3x3~0|nor_conv_1x1~1|"
                        + "skip_connect~2|"));
        assertEquals("{\"cell\":\"" + n.cell() + "\",\"input\":{\"channels\":3,\"height\":32,"
                + "\"width\":32},\"classes\":10,\"cells_per_stage\":5,\"channels\":[16,32,64]}",
                n.toJson());
        assertEquals(n, CellNetwork.fromJson(n.toJson()));
        assertEquals(n.hash(), CellNetwork.fromJson(n.toJson()).hash());
        assertEquals(n.cell().toString(), n.notation());
        CellNetwork other = new CellNetwork(n.cell(), new CellSkeleton(new InputShape(3, 32, 32),
                10, 1, List.of(16, 32, 64)));
        assertNotEquals(n.hash(), other.hash(), "the skeleton is part of the hash");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "cell: darts#cell must be nas-bench-201, but was \"darts\"",
        "cells-per-stage: 0#cells-per-stage must be an integer in [1, 32], but was 0",
        "channels: [16, x]#channels must be a list of 1 to 6 stage widths in [1, 4096], but was"
                + " [16,\"x\"]",
        "input: {channels: 3, height: 30, width: 32}#input height and width must be"
                + " multiples of 4 (one halving per reduction), but were 30x32",
        "colour: blue#colour is not a known key; expected one of name, cell, input, classes,"
                + " cells-per-stage, channels, ops",
        "ops: [none, none]#ops must be a list of distinct ops among none, skip_connect,"
                + " nor_conv_1x1, nor_conv_3x3, avg_pool_3x3, but was [\"none\",\"none\"]",
        "ops: [conv]#ops must be a list of distinct ops among none, skip_connect,"
                + " nor_conv_1x1, nor_conv_3x3, avg_pool_3x3, but was [\"conv\"]",
    })
    void badFilesNameTheField(String line, String problem, @TempDir Path dir) throws IOException {
        String key = line.substring(0, line.indexOf(':'));
        StringBuilder text = new StringBuilder();
        for (String l : Files.readAllLines(shipped("nb201"))) {
            if (!l.startsWith(key + ":")) {
                text.append(l).append('\n');
            }
        }
        text.append(line).append('\n');
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, text);
        SpaceFileException e = assertThrows(SpaceFileException.class, () -> CellSpace.load(f));
        assertEquals(f + ": " + problem, e.getMessage());
    }
}
