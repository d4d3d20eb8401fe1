package io.jnas.space;

import static io.jnas.space.SpaceYaml.intIn;
import static io.jnas.space.SpaceYaml.show;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnas.arch.Activation;
import io.jnas.arch.BlockSpec;
import io.jnas.arch.InputShape;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Reads a space file strictly: every field checked, unknown keys rejected. */
final class SearchSpaceReader {

    static final int MAX_STAGES = 12;
    static final int MAX_DEPTH = 12;
    static final int MAX_CLASSES = 100_000;
    static final int MAX_EXPANDED = BlockSpec.MAX_CHANNELS * 4;

    private final SpaceYaml yaml;

    private SearchSpaceReader(Path file) {
        this.yaml = new SpaceYaml(file);
    }

    static SearchSpace read(Path file) {
        return new SearchSpaceReader(file).parse();
    }

    private SearchSpace parse() {
        JsonNode root = yaml.root();
        if (root == null || !root.isObject()) {
            throw yaml.fail("", "must be a YAML mapping with keys name, input, classes, stem,"
                    + " stages, head");
        }
        yaml.keys(root, "", List.of("name", "input", "classes", "stem", "stages", "head"),
                List.of());
        String name = yaml.text(root, "name");
        JsonNode in = yaml.object(root, "input", "input");
        yaml.keys(in, "input", List.of("channels", "height", "width"), List.of());
        int channels = yaml.integer(in, "input.channels", "channels", 1, 64);
        int height = yaml.integer(in, "input.height", "height", 1, 1024);
        int width = yaml.integer(in, "input.width", "width", 1, 1024);
        InputShape input = new InputShape(channels, height, width);
        int classes = yaml.integer(root, "classes", "classes", 2, MAX_CLASSES);

        JsonNode stemNode = yaml.object(root, "stem", "stem");
        yaml.keys(stemNode, "stem", List.of("channels", "kernel", "stride", "activation"),
                List.of());
        StemSpec stem = new StemSpec(
                yaml.integer(stemNode, "stem.channels", "channels", 1, 4096),
                kernel(stemNode.get("kernel"), "stem.kernel"),
                yaml.integer(stemNode, "stem.stride", "stride", 1, 4),
                activation(stemNode.get("activation"), "stem.activation"));
        int h = checkStride(height, width, stem.stride(), "stem.stride");
        int w = (width - 1) / stem.stride() + 1;

        JsonNode stagesNode = root.get("stages");
        if (stagesNode == null || !stagesNode.isArray() || stagesNode.isEmpty()
                || stagesNode.size() > MAX_STAGES) {
            throw yaml.fail("stages", "must be a list of 1 to " + MAX_STAGES + " stages, but was "
                    + show(stagesNode));
        }
        List<StageSpace> stages = new ArrayList<>();
        int widestIn = stem.channels();
        for (int i = 0; i < stagesNode.size(); i++) {
            StageSpace s = stage(stagesNode.get(i), "stages[" + i + "]");
            h = checkStride(h, w, s.stride(), "stages[" + i + "].stride");
            w = (w - 1) / s.stride() + 1;
            widestIn = checkExpansion(s, widestIn, "stages[" + i + "].expand");
            stages.add(s);
        }
        JsonNode headNode = yaml.object(root, "head", "head");
        yaml.keys(headNode, "head", List.of("channels", "activation"), List.of());
        HeadSpec head = new HeadSpec(
                yaml.integer(headNode, "head.channels", "channels", 1, 4096),
                activation(headNode.get("activation"), "head.activation"));
        return new SearchSpace(name, input, classes, stem, stages, head);
    }

    /** A stride larger than its input would have nothing left to stride over. */
    private int checkStride(int h, int w, int stride, String field) {
        if (h < stride || w < stride) {
            throw yaml.fail(field, "must be at most " + Math.min(h, w)
                    + ", the input size there ("
                    + h + "x" + w + "), but was " + stride);
        }
        return (h - 1) / stride + 1;
    }

    /**
     * The widest expanded tensor of a stage must stay within what a block may hold
     * ({@link BlockSpec#MAX_CHANNELS} x 4), or resolving its largest subnet would fail later.
     *
     * @return the widest channel count leaving this stage
     */
    private int checkExpansion(StageSpace s, int widestIn, String field) {
        int widestOut = Collections.max(s.channels());
        int in = Math.max(widestIn, widestOut);
        int expand = Collections.max(s.expand());
        long mid = (long) in * expand;
        if (mid > MAX_EXPANDED) {
            throw yaml.fail(field, "must keep channels x expand at most " + MAX_EXPANDED
                    + ", but was "
                    + in + " x " + expand + " = " + mid);
        }
        return widestOut;
    }

    private StageSpace stage(JsonNode n, String at) {
        if (n == null || !n.isObject()) {
            throw yaml.fail(at, "must be a mapping, but was " + show(n));
        }
        yaml.keys(n, at, List.of("depth", "channels", "stride", "kernel", "expand", "activation"),
                List.of("se"));
        List<Integer> depth = list(n.get("depth"), at + ".depth",
                "integers in [1, " + MAX_DEPTH + "]", v -> intIn(v, 1, MAX_DEPTH));
        List<Integer> channels = list(n.get("channels"), at + ".channels",
                "integers in [1, 4096]", v -> intIn(v, 1, 4096));
        int stride = yaml.integer(n, at + ".stride", "stride", 1, 4);
        List<Integer> kernel = list(n.get("kernel"), at + ".kernel", "odd integers in [1, 11]",
                v -> {
                    Integer k = intIn(v, 1, 11);
                    return k != null && k % 2 == 1 ? k : null;
                });
        List<Integer> expand = list(n.get("expand"), at + ".expand", "integers in [1, 16]",
                v -> intIn(v, 1, 16));
        List<Activation> acts = list(n.get("activation"), at + ".activation",
                "activation names (" + Activation.names() + ")",
                v -> v.isTextual() ? Activation.parse(v.asText()).orElse(null) : null);
        List<Boolean> se = n.has("se")
                ? list(n.get("se"), at + ".se", "booleans", v -> v.isBoolean() ? v.booleanValue() : null)
                : List.of(false);
        return new StageSpace(depth, channels, stride, kernel, expand, acts, se);
    }

    private <T> List<T> list(JsonNode n, String field, String what, Function<JsonNode, T> item) {
        String rule = "a non-empty list of distinct " + what;
        if (n == null || n.isNull()) {
            throw yaml.fail(field, "must be " + rule + ", but was missing");
        }
        List<JsonNode> items = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(items::add);
        } else {
            items.add(n);
        }
        if (items.isEmpty()) {
            throw yaml.fail(field, "must be " + rule + ", but was []");
        }
        List<T> out = new ArrayList<>();
        Set<T> seen = new HashSet<>();
        for (JsonNode v : items) {
            T t = item.apply(v);
            if (t == null) {
                throw yaml.fail(field, "must be " + rule + ", but contained " + show(v));
            }
            if (!seen.add(t)) {
                throw yaml.fail(field, "must be " + rule + ", but " + show(v) + " appears twice");
            }
            out.add(t);
        }
        return out;
    }

    private int kernel(JsonNode v, String field) {
        Integer k = v == null ? null : intIn(v, 1, 11);
        if (k == null || k % 2 == 0) {
            throw yaml.fail(field, "must be an odd integer in [1, 11], but was " + show(v));
        }
        return k;
    }

    private Activation activation(JsonNode v, String field) {
        if (v == null || !v.isTextual() || Activation.parse(v.asText()).isEmpty()) {
            throw yaml.fail(field, "must be one of " + Activation.names() + ", but was " + show(v));
        }
        return Activation.parse(v.asText()).orElseThrow();
    }
}
