package io.jnas.space;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Strict reading of one space file: the YAML tree (duplicate keys refused) and checked access to
 * its fields, every failure a {@link SpaceFileException} naming the file and the field. Shared by
 * the readers of every kind of space (block lists, cells).
 *
 * <pre>{@code
 * SpaceYaml yaml = new SpaceYaml(file);
 * JsonNode root = yaml.root();
 * yaml.keys(root, "", List.of("name", "classes"), List.of());
 * int classes = yaml.integer(root, "classes", "classes", 2, 1000);
 * }</pre>
 */
public final class SpaceYaml {

    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder().build());

    static {
        YAML.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    private final Path file;

    public SpaceYaml(Path file) {
        this.file = file;
    }

    /** The failure of a field ({@code ""}: the file as a whole). */
    public SpaceFileException fail(String field, String problem) {
        return new SpaceFileException(file, field, problem);
    }

    /**
     * The parsed file (null for an empty file).
     *
     * @throws SpaceFileException when the file is missing, unreadable or not YAML
     */
    public JsonNode root() {
        try {
            return YAML.readTree(Files.readString(file));
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
    }

    /** An integer in [min, max] under {@code key}; {@code field} is its path in messages. */
    public int integer(JsonNode parent, String field, String key, int min, int max) {
        JsonNode v = parent.get(key);
        if (v == null || intIn(v, min, max) == null) {
            throw fail(field, "must be an integer in [" + min + ", " + max + "], but was "
                    + show(v));
        }
        return v.intValue();
    }

    /** A non-blank string under {@code key}. */
    public String text(JsonNode parent, String key) {
        JsonNode v = parent.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw fail(key, "must be a non-empty string, but was " + show(v));
        }
        return v.asText();
    }

    /** A mapping under {@code key}. */
    public JsonNode object(JsonNode parent, String field, String key) {
        JsonNode v = parent.get(key);
        if (v == null || !v.isObject()) {
            throw fail(field, "must be a mapping, but was " + show(v));
        }
        return v;
    }

    /** Refuses unknown keys of a mapping and requires the {@code required} ones. */
    public void keys(JsonNode n, String at, List<String> required, List<String> optional) {
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

    /** The value when it is an integer in [min, max], else null. */
    public static Integer intIn(JsonNode v, int min, int max) {
        return v.isInt() && v.intValue() >= min && v.intValue() <= max ? v.intValue() : null;
    }

    /** A value as shown in messages: "missing", or its JSON cut to 60 characters. */
    public static String show(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "missing";
        }
        String s = v.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
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
}
