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
 * A cell search space: every {@link Cell} of NAS-Bench-201 (15,625) in one fixed
 * {@link CellSkeleton}. Read from a space file whose {@code cell} key names the cell kind:
 *
 * <pre>{@code
 * name: nb201
 * cell: nas-bench-201
 * input: {channels: 3, height: 32, width: 32}
 * classes: 10
 * cells-per-stage: 5
 * channels: [16, 32, 64]
 * }</pre>
 *
 * <pre>{@code
 * CellSpace space = CellSpace.load(Path.of("configs/spaces/nb201.yaml"));
 * CellNetwork n = space.network(Cell.parse(text));
 * }</pre>
 */
public record CellSpace(String name, CellSkeleton skeleton) {

    /** The value of the {@code cell} key of NAS-Bench-201 cell spaces. */
    public static final String KIND = "nas-bench-201";

    public CellSpace {
        requireNonNull(name, "name");
        requireNonNull(skeleton, "skeleton");
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
                "channels"), List.of());
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
        return new CellSpace(name, new CellSkeleton(input, classes, n, channels));
    }

    /** Number of cells: 5^6. */
    public int size() {
        return (int) Math.pow(CellOp.values().length, Cell.EDGES);
    }

    /** The network of one cell. */
    public CellNetwork network(Cell cell) {
        return new CellNetwork(cell, skeleton);
    }

    /** Stable hash of the space's content (not of its file's formatting). */
    public String hash() {
        return Design.contentHash(KIND + ":" + name + ":" + skeleton);
    }
}
