package io.jnas.space;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnas.text.InputFileException;
import io.jnas.text.YamlFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Strict reading of one space file: the YAML tree (read by {@link YamlFile}: one document, no
 * duplicate keys, no anchors or aliases) and checked access to
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
            return YamlFile.read(file);
        } catch (InputFileException e) {
            throw fail("", e.problem());
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
}
