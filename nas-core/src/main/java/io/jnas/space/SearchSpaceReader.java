package io.jnas.space;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.jnas.arch.Activation;
import io.jnas.arch.BlockSpec;
import io.jnas.arch.InputShape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Reads a space file strictly: every field checked, unknown keys rejected. */
final class SearchSpaceReader {

    static final int MAX_STAGES = 12;
    static final int MAX_DEPTH = 12;
    static final int MAX_CLASSES = 100_000;
    static final int MAX_EXPANDED = BlockSpec.MAX_CHANNELS * 4;

    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder().build());

    static {
        YAML.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    private final Path file;

    private SearchSpaceReader(Path file) {
        this.file = file;
    }

    static SearchSpace read(Path file) {
        return new SearchSpaceReader(file).parse();
    }

    private SpaceFileException fail(String field, String problem) {
        return new SpaceFileException(file, field, problem);
    }

    private SearchSpace parse() {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw fail("", "does not exist");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            throw fail("", "is not valid YAML" + where + ": " + yamlProblem(e));
        } catch (IOException e) {
            throw fail("", "cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw fail("", "must be a YAML mapping with keys name, input, classes, stem, stages,"
                    + " head");
        }
        keys(root, "", List.of("name", "input", "classes", "stem", "stages", "head"), List.of());
        String name = text(root, "name");
        JsonNode in = object(root, "input", "input");
        keys(in, "input", List.of("channels", "height", "width"), List.of());
        int channels = integer(in, "input.channels", "channels", 1, 64);
        int height = integer(in, "input.height", "height", 1, 1024);
        int width = integer(in, "input.width", "width", 1, 1024);
        InputShape input = new InputShape(channels, height, width);
        int classes = integer(root, "classes", "classes", 2, MAX_CLASSES);

        JsonNode stemNode = object(root, "stem", "stem");
        keys(stemNode, "stem", List.of("channels", "kernel", "stride", "activation"), List.of());
        StemSpec stem = new StemSpec(integer(stemNode, "stem.channels", "channels", 1, 4096),
                kernel(stemNode.get("kernel"), "stem.kernel"),
                integer(stemNode, "stem.stride", "stride", 1, 4),
                activation(stemNode.get("activation"), "stem.activation"));
        int h = checkStride(height, width, stem.stride(), "stem.stride");
        int w = (width - 1) / stem.stride() + 1;

        JsonNode stagesNode = root.get("stages");
        if (stagesNode == null || !stagesNode.isArray() || stagesNode.isEmpty()
                || stagesNode.size() > MAX_STAGES) {
            throw fail("stages", "must be a list of 1 to " + MAX_STAGES + " stages, but was "
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
        JsonNode headNode = object(root, "head", "head");
        keys(headNode, "head", List.of("channels", "activation"), List.of());
        HeadSpec head = new HeadSpec(integer(headNode, "head.channels", "channels", 1, 4096),
                activation(headNode.get("activation"), "head.activation"));
        return new SearchSpace(name, input, classes, stem, stages, head);
    }

    /** A stride larger than its input would have nothing left to stride over. */
    private int checkStride(int h, int w, int stride, String field) {
        if (h < stride || w < stride) {
            throw fail(field, "must be at most " + Math.min(h, w) + ", the input size there ("
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
            throw fail(field, "must keep channels x expand at most " + MAX_EXPANDED + ", but was "
                    + in + " x " + expand + " = " + mid);
        }
        return widestOut;
    }

    private StageSpace stage(JsonNode n, String at) {
        if (n == null || !n.isObject()) {
            throw fail(at, "must be a mapping, but was " + show(n));
        }
        keys(n, at, List.of("depth", "channels", "stride", "kernel", "expand", "activation"),
                List.of("se"));
        List<Integer> depth = list(n.get("depth"), at + ".depth",
                "integers in [1, " + MAX_DEPTH + "]", v -> intIn(v, 1, MAX_DEPTH));
        List<Integer> channels = list(n.get("channels"), at + ".channels",
                "integers in [1, 4096]", v -> intIn(v, 1, 4096));
        int stride = integer(n, at + ".stride", "stride", 1, 4);
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
            throw fail(field, "must be " + rule + ", but was missing");
        }
        List<JsonNode> items = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(items::add);
        } else {
            items.add(n);
        }
        if (items.isEmpty()) {
            throw fail(field, "must be " + rule + ", but was []");
        }
        List<T> out = new ArrayList<>();
        Set<T> seen = new HashSet<>();
        for (JsonNode v : items) {
            T t = item.apply(v);
            if (t == null) {
                throw fail(field, "must be " + rule + ", but contained " + show(v));
            }
            if (!seen.add(t)) {
                throw fail(field, "must be " + rule + ", but " + show(v) + " appears twice");
            }
            out.add(t);
        }
        return out;
    }

    private static Integer intIn(JsonNode v, int min, int max) {
        return v.isInt() && v.intValue() >= min && v.intValue() <= max ? v.intValue() : null;
    }

    private int kernel(JsonNode v, String field) {
        Integer k = v == null ? null : intIn(v, 1, 11);
        if (k == null || k % 2 == 0) {
            throw fail(field, "must be an odd integer in [1, 11], but was " + show(v));
        }
        return k;
    }

    private Activation activation(JsonNode v, String field) {
        if (v == null || !v.isTextual() || Activation.parse(v.asText()).isEmpty()) {
            throw fail(field, "must be one of " + Activation.names() + ", but was " + show(v));
        }
        return Activation.parse(v.asText()).orElseThrow();
    }

    private int integer(JsonNode parent, String field, String key, int min, int max) {
        JsonNode v = parent.get(key);
        if (v == null || intIn(v, min, max) == null) {
            throw fail(field, "must be an integer in [" + min + ", " + max + "], but was " + show(v));
        }
        return v.intValue();
    }

    private String text(JsonNode parent, String key) {
        JsonNode v = parent.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw fail(key, "must be a non-empty string, but was " + show(v));
        }
        return v.asText();
    }

    private JsonNode object(JsonNode parent, String field, String key) {
        JsonNode v = parent.get(key);
        if (v == null || !v.isObject()) {
            throw fail(field, "must be a mapping, but was " + show(v));
        }
        return v;
    }

    private void keys(JsonNode n, String at, List<String> required, List<String> optional) {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        n.fieldNames().forEachRemaining(k -> {
            if (!all.contains(k)) {
                throw fail(at.isEmpty() ? k : at + "." + k,
                        "is not a known key; expected one of " + String.join(", ", all));
            }
        });
        for (String k : required) {
            if (!n.has(k)) {
                throw fail(at.isEmpty() ? k : at + "." + k, "is missing");
            }
        }
    }

    /**
     * The parser's problem on one line: SnakeYAML's messages span several lines with a code
     * excerpt and a caret; the line and column already say where.
     */
    private static String yamlProblem(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException y && y.getProblem() != null) {
            String context = y.getContext() == null ? "" : " (" + y.getContext()
                    + (y.getContextMark() == null ? "" : " started at line "
                            + (y.getContextMark().getLine() + 1) + ", column "
                            + (y.getContextMark().getColumn() + 1)) + ")";
            return y.getProblem().strip() + context;
        }
        String m = e.getOriginalMessage().strip();
        if (m.startsWith("Duplicate field ")) {
            return "duplicate key " + m.substring("Duplicate field ".length());
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    private static String show(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "missing";
        }
        String s = v.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
