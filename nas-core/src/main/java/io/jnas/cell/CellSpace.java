package io.jnas.cell;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnas.arch.Design;
import io.jnas.arch.InputShape;
import io.jnas.space.SpaceFileException;
import io.jnas.space.SpaceYaml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A cell search space: the {@link Cell}s of NAS-Bench-201 (all 15,625, or those whose edges use
 * only the listed {@code ops}) in one fixed {@link CellSkeleton}. Read from a space file whose
 * {@code cell} key names the cell kind:
 *
 * <pre>{@code
 * name: nb201
 * cell: nas-bench-201
 * input: {channels: 3, height: 32, width: 32}
 * classes: 10
 * cells-per-stage: 5
 * channels: [16, 32, 64]
 * ops: [none, skip_connect, nor_conv_1x1, nor_conv_3x3, avg_pool_3x3]   # optional: a subset
 * }</pre>
 *
 * <pre>{@code
 * CellSpace space = CellSpace.load(Path.of("configs/spaces/nb201.yaml"));
 * CellNetwork n = space.network(Cell.parse(text));
 * }</pre>
 */
public record CellSpace(String name, CellSkeleton skeleton, List<CellOp> ops) {

    /** The value of the {@code cell} key of NAS-Bench-201 cell spaces. */
    public static final String KIND = "nas-bench-201";

    public CellSpace {
        requireNonNull(name, "name");
        requireNonNull(skeleton, "skeleton");
        ops = List.copyOf(requireNonNull(ops, "ops"));
        if (ops.isEmpty() || new java.util.HashSet<>(ops).size() != ops.size()) {
            throw new IllegalArgumentException("ops must be a non-empty list of distinct ops, but"
                    + " was " + ops);
        }
    }

    /** The space of every cell of NAS-Bench-201. */
    public CellSpace(String name, CellSkeleton skeleton) {
        this(name, skeleton, List.of(CellOp.values()));
    }

    /** Whether a space file describes a cell space (has a top-level {@code cell} key). */
    public static boolean describedBy(Path file) {
        JsonNode root = new SpaceYaml(file).root();
        return root != null && root.isObject() && root.has("cell");
    }

    /**
     * Reads and checks a cell space file.
     *
     * @throws SpaceFileException naming the file, the field and what was expected
     */
    public static CellSpace load(Path file) {
        SpaceYaml yaml = new SpaceYaml(file);
        JsonNode root = yaml.root();
        if (root == null || !root.isObject()) {
            throw yaml.fail("", "must be a YAML mapping with keys name, cell, input, classes,"
                    + " cells-per-stage, channels");
        }
        yaml.keys(root, "", List.of("name", "cell", "input", "classes", "cells-per-stage",
                "channels"), List.of("ops"));
        String name = yaml.text(root, "name");
        if (!KIND.equals(yaml.text(root, "cell"))) {
            throw yaml.fail("cell", "must be " + KIND + ", but was "
                    + SpaceYaml.show(root.get("cell")));
        }
        JsonNode in = yaml.object(root, "input", "input");
        yaml.keys(in, "input", List.of("channels", "height", "width"), List.of());
        InputShape input = new InputShape(yaml.integer(in, "input.channels", "channels", 1, 64),
                yaml.integer(in, "input.height", "height", 1, 1024),
                yaml.integer(in, "input.width", "width", 1, 1024));
        int classes = yaml.integer(root, "classes", "classes", 2, 100_000);
        int n = yaml.integer(root, "cells-per-stage", "cells-per-stage", 1, 32);
        JsonNode ch = root.get("channels");
        List<Integer> channels = new ArrayList<>();
        if (ch != null && ch.isArray()) {
            ch.forEach(c -> channels.add(SpaceYaml.intIn(c, 1, 4096)));
        }
        if (channels.isEmpty() || channels.size() > 6 || channels.contains(null)) {
            throw yaml.fail("channels", "must be a list of 1 to 6 stage widths in [1, 4096], but"
                    + " was " + SpaceYaml.show(ch));
        }
        int factor = 1 << (channels.size() - 1);
        if (input.height() % factor != 0 || input.width() % factor != 0) {
            throw yaml.fail("input", "height and width must be multiples of " + factor
                    + " (one halving per reduction), but were " + input.height() + "x"
                    + input.width());
        }
        return new CellSpace(name, new CellSkeleton(input, classes, n, channels),
                ops(yaml, root.get("ops")));
    }

    private static List<CellOp> ops(SpaceYaml yaml, JsonNode n) {
        if (n == null) {
            return List.of(CellOp.values());
        }
        List<CellOp> ops = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(o -> ops.add(o.isTextual() && CellOp.ids().contains(o.asText())
                    ? CellOp.of(o.asText()) : null));
        }
        if (ops.isEmpty() || ops.contains(null)
                || new java.util.HashSet<>(ops).size() != ops.size()) {
            throw yaml.fail("ops", "must be a list of distinct ops among "
                    + String.join(", ", CellOp.ids()) + ", but was " + SpaceYaml.show(n));
        }
        return ops;
    }

    /** Number of cells: ops^6. */
    public int size() {
        return (int) Math.pow(ops.size(), Cell.EDGES);
    }

    /** Every cell of the space, the first edge varying slowest (ops in the listed order). */
    public List<Cell> cells() {
        int n = size();
        List<Cell> out = new ArrayList<>(n);
        for (int code = 0; code < n; code++) {
            CellOp[] e = new CellOp[Cell.EDGES];
            int rest = code;
            for (int i = Cell.EDGES - 1; i >= 0; i--) {
                e[i] = ops.get(rest % ops.size());
                rest /= ops.size();
            }
            out.add(Cell.of(e));
        }
        return out;
    }

    /** Whether every edge of a cell uses an op of this space. */
    public boolean contains(Cell cell) {
        return ops.containsAll(cell.edges());
    }

    /** The network of one cell. */
    public CellNetwork network(Cell cell) {
        return new CellNetwork(cell, skeleton);
    }

    /** Stable hash of the space's content (not of its file's formatting). */
    public String hash() {
        return Design.contentHash(KIND + ":" + name + ":" + skeleton + ":" + ops);
    }
}
