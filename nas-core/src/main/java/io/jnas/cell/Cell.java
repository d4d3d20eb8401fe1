package io.jnas.cell;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A NAS-Bench-201 cell: 4 nodes, and on each of the 6 edges {@code i -> j} ({@code i < j}) one
 * {@link CellOp}. Node 0 is the cell input, node {@code j} the sum over {@code i < j} of
 * {@code op(i -> j)(node i)}, node 3 the output. Edges are kept in the order of the benchmark's
 * string, {@code (0->1), (0->2), (1->2), (0->3), (1->3), (2->3)}, which {@link #toString()}
 * writes and {@link #parse} reads exactly:
 *
 * <pre>{@code
 * Cell c = Cell.parse("|nor_conv_3x3~0|+|none~0|skip_connect~1|+"
 *         + "|avg_pool_3x3~0|nor_conv_1x1~1|skip_connect~2|");
 * c.op(2, 1);        // SKIP_CONNECT, the edge 1 -> 2
 * c.toString();      // the same string
 * }</pre>
 *
 * @param edges the ops of the 6 edges, in string order
 */
public record Cell(List<CellOp> edges) {

    /** Nodes of a cell, input and output included. */
    public static final int NODES = 4;
    /** Edges of a cell. */
    public static final int EDGES = NODES * (NODES - 1) / 2;

    public Cell {
        edges = List.copyOf(requireNonNull(edges, "edges"));
        if (edges.size() != EDGES) {
            throw new IllegalArgumentException("a cell must have " + EDGES + " edges, but had "
                    + edges.size());
        }
    }

    /** A cell from its 6 ops in string order. */
    public static Cell of(CellOp... ops) {
        return new Cell(List.of(ops));
    }

    /** The cell with one op on every edge. */
    public static Cell uniform(CellOp op) {
        return new Cell(java.util.Collections.nCopies(EDGES, op));
    }

    /** Index in {@link #edges()} of the edge {@code from -> to}. */
    public static int edgeIndex(int to, int from) {
        if (to < 1 || to >= NODES || from < 0 || from >= to) {
            throw new IllegalArgumentException("edge must be i -> j with 0 <= i < j <= 3, but was "
                    + from + " -> " + to);
        }
        return to * (to - 1) / 2 + from;
    }

    /** The op of the edge {@code from -> to}. */
    public CellOp op(int to, int from) {
        return edges.get(edgeIndex(to, from));
    }

    /** Every cell of NAS-Bench-201 (5^6 = 15,625), the first edge varying slowest. */
    public static List<Cell> all() {
        return new CellSpace("all", CellSkeleton.NAS_BENCH_201_CIFAR10).cells();
    }

    /**
     * Reads the benchmark's string notation exactly:
     * {@code |op~0|+|op~0|op~1|+|op~0|op~1|op~2|}.
     *
     * @throws IllegalArgumentException saying which part is wrong and what was expected
     */
    public static Cell parse(String text) {
        requireNonNull(text, "text");
        String[] nodes = text.split("\\+", -1);
        if (nodes.length != NODES - 1) {
            throw bad(text, "must have " + (NODES - 1) + " node groups joined by '+', but had "
                    + nodes.length);
        }
        List<CellOp> ops = new ArrayList<>(EDGES);
        for (int j = 1; j < NODES; j++) {
            String group = nodes[j - 1];
            if (group.length() < 2 || !group.startsWith("|") || !group.endsWith("|")) {
                throw bad(text, "node " + j + " group must start and end with '|', but was '"
                        + group + "'");
            }
            String[] parts = group.substring(1, group.length() - 1).split("\\|", -1);
            if (parts.length != j) {
                throw bad(text, "node " + j + " must have " + j + " incoming edge(s), but had "
                        + parts.length + " ('" + group + "')");
            }
            for (int i = 0; i < j; i++) {
                int tilde = parts[i].lastIndexOf('~');
                String from = tilde < 0 ? "" : parts[i].substring(tilde + 1);
                if (tilde < 0 || !from.equals(Integer.toString(i))) {
                    throw bad(text, "edge " + (i + 1) + " of node " + j + " must be 'op~" + i
                            + "', but was '" + parts[i] + "'");
                }
                try {
                    ops.add(CellOp.of(parts[i].substring(0, tilde)));
                } catch (IllegalArgumentException e) {
                    throw bad(text, "edge " + i + " -> " + j + ": " + e.getMessage());
                }
            }
        }
        return new Cell(ops);
    }

    private static IllegalArgumentException bad(String text, String problem) {
        String shown = text.length() > 120 ? text.substring(0, 117) + "..." : text;
        return new IllegalArgumentException("cell '" + shown + "' " + problem);
    }

    /** The benchmark's string notation. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(96);
        for (int j = 1; j < NODES; j++) {
            if (j > 1) {
                sb.append('+');
            }
            sb.append('|');
            for (int i = 0; i < j; i++) {
                sb.append(op(j, i).id()).append('~').append(i).append('|');
            }
        }
        return sb.toString();
    }
}
