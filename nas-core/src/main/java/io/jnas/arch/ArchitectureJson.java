package io.jnas.arch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Canonical JSON writer and strict reader of {@link Architecture}. */
final class ArchitectureJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TOP = Set.of("input", "classes", "blocks");
    private static final Set<String> INPUT = Set.of("channels", "height", "width");
    private static final Set<String> BLOCK = Set.of("type", "stage", "in", "out", "kernel",
            "stride", "expand", "activation", "se", "h", "w");

    private ArchitectureJson() {
    }

    static String write(Architecture a) {
        StringBuilder sb = new StringBuilder(256 + 160 * a.blocks().size());
        InputShape in = a.input();
        sb.append("{\"input\":{\"channels\":").append(in.channels()).append(",\"height\":")
                .append(in.height()).append(",\"width\":").append(in.width()).append("},\"classes\":")
                .append(a.classes()).append(",\"blocks\":[");
        for (int i = 0; i < a.blocks().size(); i++) {
            BlockSpec b = a.blocks().get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"type\":\"").append(b.type().id()).append("\",\"stage\":").append(b.stage())
                    .append(",\"in\":").append(b.inChannels()).append(",\"out\":").append(b.outChannels())
                    .append(",\"kernel\":").append(b.kernel()).append(",\"stride\":").append(b.stride())
                    .append(",\"expand\":").append(b.expand()).append(",\"activation\":")
                    .append(b.activation() == null ? "null" : "\"" + b.activation().id() + "\"")
                    .append(",\"se\":").append(b.se()).append(",\"h\":").append(b.inHeight())
                    .append(",\"w\":").append(b.inWidth()).append('}');
        }
        return sb.append("]}").toString();
    }

    static Architecture read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            // Jackson appends a source excerpt and a second location; keep the problem itself
            String problem = e.getOriginalMessage().split("\n", 2)[0];
            int extra = problem.indexOf(" (start marker at");
            problem = extra < 0 ? problem : problem.substring(0, extra);
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new IllegalArgumentException("architecture JSON is not valid JSON" + where + ": "
                    + problem.strip());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("architecture JSON must be an object");
        }
        onlyKeys(root, TOP, "architecture");
        JsonNode inNode = object(root, "input", "architecture");
        onlyKeys(inNode, INPUT, "input");
        InputShape input = new InputShape(integer(inNode, "channels", "input"),
                integer(inNode, "height", "input"), integer(inNode, "width", "input"));
        JsonNode blocksNode = root.get("blocks");
        if (blocksNode == null || !blocksNode.isArray()) {
            throw new IllegalArgumentException("architecture.blocks must be an array");
        }
        List<BlockSpec> blocks = new ArrayList<>();
        for (int i = 0; i < blocksNode.size(); i++) {
            String where = "blocks[" + i + "]";
            JsonNode b = blocksNode.get(i);
            if (!b.isObject()) {
                throw new IllegalArgumentException(where + " must be an object");
            }
            onlyKeys(b, BLOCK, where);
            String typeName = text(b, "type", where);
            BlockType type = BlockType.parse(typeName).orElseThrow(() -> new IllegalArgumentException(
                    where + ".type must be one of stem, mbconv, head, fc, but was '" + typeName + "'"));
            JsonNode actNode = b.get("activation");
            Activation act = null;
            if (actNode != null && !actNode.isNull()) {
                act = Activation.parse(actNode.asText()).orElseThrow(() -> new IllegalArgumentException(
                        where + ".activation must be one of " + Activation.names() + ", but was "
                                + actNode));
            }
            JsonNode se = b.get("se");
            if (se == null || !se.isBoolean()) {
                throw new IllegalArgumentException(where + ".se must be true or false");
            }
            try {
                blocks.add(new BlockSpec(type, integer(b, "stage", where), integer(b, "in", where),
                        integer(b, "out", where), integer(b, "kernel", where),
                        integer(b, "stride", where), integer(b, "expand", where), act,
                        se.booleanValue(), integer(b, "h", where), integer(b, "w", where)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage());
            }
        }
        return new Architecture(input, integer(root, "classes", "architecture"), blocks);
    }

    private static void onlyKeys(JsonNode node, Set<String> allowed, String where) {
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw new IllegalArgumentException(where + " has unknown field '" + f + "'");
            }
        });
    }

    private static JsonNode object(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isObject()) {
            throw new IllegalArgumentException(where + "." + field + " must be an object");
        }
        return v;
    }

    private static int integer(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isInt()) {
            throw new IllegalArgumentException(where + "." + field + " must be an integer, but was "
                    + v);
        }
        return v.intValue();
    }

    private static String text(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException(where + "." + field + " must be a string, but was " + v);
        }
        return v.asText();
    }
}
