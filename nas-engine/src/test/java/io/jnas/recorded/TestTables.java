package io.jnas.recorded;

import io.jnas.cell.Cell;
import io.jnas.cell.CellOp;
import io.jnas.cell.CellSpace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Small recorded tables made by the tests, with a landscape whose optimum and fronts the tests
 * compute by brute force: a cell space restricted to three ops (3^6 = 729 cells, one cell per
 * stage), accuracy the sum of a seeded weight per (edge, op) plus a small seeded term per cell,
 * latency per device a sum of per-op costs.
 */
public final class TestTables {

    /** The ops of the test space. */
    public static final List<CellOp> OPS = List.of(CellOp.NONE, CellOp.NOR_CONV_1X1,
            CellOp.NOR_CONV_3X3);

    private TestTables() {
    }

    /** Writes the test space file {@code space.yaml} into {@code dir}. */
    public static Path space(Path dir) {
        return write(dir.resolve("space.yaml"), """
                name: nb201-test
                cell: nas-bench-201
                input: {channels: 3, height: 32, width: 32}
                classes: 10
                cells-per-stage: 1
                channels: [16, 32, 64]
                ops: [none, nor_conv_1x1, nor_conv_3x3]
                """);
    }

    /** Writes {@code accuracy.csv} (arch, valid, test) for every cell of the space. */
    public static Path accuracy(Path dir, CellSpace space, long seed) {
        Random rng = new Random(seed);
        double[][] w = new double[Cell.EDGES][OPS.size()];
        for (double[] row : w) {
            for (int o = 0; o < row.length; o++) {
                row[o] = rng.nextDouble() * 4;
            }
        }
        StringBuilder sb = new StringBuilder("# test landscape, seed " + seed
                + "\narch,valid,test\n");
        for (Cell c : space.cells()) {
            double acc = 60;
            for (int e = 0; e < Cell.EDGES; e++) {
                acc += w[e][OPS.indexOf(c.edges().get(e))];
            }
            acc += rng.nextDouble() * 0.5;
            sb.append(String.format(Locale.ROOT, "%s,%.4f,%.4f%n", c, acc,
                    acc + 5 + rng.nextDouble()));
        }
        return write(dir.resolve("accuracy.csv"), sb.toString());
    }

    /** Writes {@code latency.csv} (arch, fast, slow): per-op costs summed over the edges. */
    public static Path latency(Path dir, CellSpace space) {
        StringBuilder sb = new StringBuilder("arch,fast,slow\n");
        for (Cell c : space.cells()) {
            double fast = 1;
            double slow = 3;
            for (CellOp op : c.edges()) {
                fast += op.convKernel() * 0.2;
                slow += op.convKernel() == 1 ? 0.9 : op.convKernel() == 3 ? 1.1 : 0;
            }
            sb.append(String.format(Locale.ROOT, "%s,%.4f,%.4f%n", c, fast, slow));
        }
        return write(dir.resolve("latency.csv"), sb.toString());
    }

    public static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
