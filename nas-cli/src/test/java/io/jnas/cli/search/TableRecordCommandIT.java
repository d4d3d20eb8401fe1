package io.jnas.cli.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.model.DjlRuntime;
import io.jnas.recorded.RecordedTable;
import io.jnas.recorded.RecordedTables;
import io.jnas.recorded.TestTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nas bench record} with the real engine and the in-process agent on a tiny cell space
 * (two ops, 64 cells, 8x8 inputs), then {@code nas bench} on what it wrote.
 */
class TableRecordCommandIT {

    @BeforeAll
    static void djl() {
        DjlRuntime.configure(1);
    }

    @Test
    void recordsEveryCellAndTheBenchReplaysTheTables(@TempDir Path dir) throws IOException {
        Path space = TestTables.write(dir.resolve("tiny.yaml"), """
                name: tiny
                cell: nas-bench-201
                input: {channels: 3, height: 8, width: 8}
                classes: 10
                cells-per-stage: 1
                channels: [4, 8]
                ops: [nor_conv_1x1, nor_conv_3x3]
                """);
        Path acc = dir.resolve("tables/a.csv");
        Path lat = dir.resolve("tables/l.csv");
        CliRun r = CliRun.run(new TableRecordCommand(), "--space", space.toString(),
                "--accuracy-out", acc.toString(), "--latency-out", lat.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("recorded 64 cells of tiny in "), r.out());
        RecordedTables tables = new RecordedTables();
        RecordedTable a = tables.load(acc);
        RecordedTable l = tables.load(lat);
        assertEquals(List.of("synflow"), a.columns());
        assertEquals(List.of("local"), l.columns());
        assertEquals(64, a.size());
        assertEquals(64, l.size());
        for (String k : a.keys()) {
            assertTrue(a.require(k, 0) > 0, k);
            assertTrue(l.require(k, 0) > 0, k);
        }
        String conditions = l.comments().get(0);
        for (String s : List.of("engine pytorch 2.7.1", "device cpu", "dtype float32",
                "batch 1", "threads 1", "warm-up", "spread: cv median")) {
            assertTrue(conditions.contains(s), s + " in " + conditions);
        }
        assertEquals(65, Files.readAllLines(dir.resolve("tables/l.spread.csv")).size());

        CliRun bench = CliRun.tableBench("--space", space.toString(), "--accuracy",
                acc.toString(), "--accuracy-column", "synflow", "--latency", lat.toString(),
                "--evals", "64", "--seeds", "2", "--population", "8", "--max-proposals", "5000",
                "--out", dir.resolve("bench").toString());
        assertEquals(0, bench.code(), bench.err());
        // 64 evaluations are the whole space: random search and evolution see every cell; NSGA-II
        // may stop short when its mutations find no unseen cell (the live latency table moves its
        // fronts), so it must find the best exactly in the runs that saw every cell
        assertTrue(bench.out().contains("regularized 2/2, random 2/2, nsga2 "), bench.out());
        for (String row : Files.readAllLines(dir.resolve("bench/summary.csv")).subList(1, 7)) {
            String[] f = row.split(",");
            if (f[2].equals("64")) {
                assertEquals("true", f[5], "a run that saw all 64 cells found the best: " + row);
            }
        }
    }
}
