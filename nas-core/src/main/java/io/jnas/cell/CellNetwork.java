package io.jnas.cell;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnas.arch.Design;
import io.jnas.arch.InputShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One candidate of a cell space: the searched {@link Cell} in its {@link CellSkeleton}. Its
 * notation (the key of recorded tables) is the cell's string; its canonical JSON names the
 * skeleton too, so the hash differs when the network around the cell does.
 *
 * <pre>{@code
 * CellNetwork n = new CellNetwork(Cell.parse(s), CellSkeleton.NAS_BENCH_201_CIFAR10);
 * n.toJson();   // {"cell":"|...|","input":{...},"classes":10,"cells_per_stage":5,
 *               //  "channels":[16,32,64]}
 * }</pre>
 */
public record CellNetwork(Cell cell, CellSkeleton skeleton) implements Design {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> KEYS = Set.of("cell", "input", "classes", "cells_per_stage",
            "channels");

    public CellNetwork {
        requireNonNull(cell, "cell");
        requireNonNull(skeleton, "skeleton");
    }

    @Override
    public String toJson() {
        InputShape in = skeleton.input();
        StringBuilder sb = new StringBuilder(200).append("{\"cell\":\"").append(cell)
                .append("\",\"input\":{\"channels\":").append(in.channels())
                .append(",\"height\":").append(in.height()).append(",\"width\":")
                .append(in.width()).append("},\"classes\":").append(skeleton.classes())
                .append(",\"cells_per_stage\":").append(skeleton.cellsPerStage())
                .append(",\"channels\":[");
        for (int i = 0; i < skeleton.channels().size(); i++) {
            sb.append(i == 0 ? "" : ",").append(skeleton.channels().get(i));
        }
        return sb.append("]}").toString();
    }

    @Override
    public String hash() {
        return Design.contentHash(toJson());
    }

    @Override
    public String summary() {
        return cell.toString();
    }

    @Override
    public String notation() {
        return cell.toString();
    }

    /**
     * Whether a design's JSON is a cell network (an object with a {@code cell} field) rather
     * than a block-list architecture; malformed JSON is neither, and the reader of either kind
     * says what is wrong with it.
     */
    public static boolean isCellNetworkJson(String json) {
        if (json == null) {
            return false;
        }
        try {
            JsonNode n = MAPPER.readTree(json);
            return n != null && n.isObject() && n.has("cell");
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /**
     * Reads JSON written by {@link #toJson()} (whitespace and field order may differ).
     *
     * @throws IllegalArgumentException naming the missing or malformed field
     */
    public static CellNetwork fromJson(String json) {
        JsonNode n;
        try {
            n = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cell network JSON is not valid JSON: "
                    + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("cell network JSON must be an object");
        }
        n.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException("cell network JSON has unknown field '" + k
                        + "'; expected " + KEYS);
            }
        });
        JsonNode in = field(n, "input");
        List<Integer> channels = new ArrayList<>();
        field(n, "channels").forEach(c -> channels.add(integer(c, "channels[]")));
        CellSkeleton skeleton = new CellSkeleton(new InputShape(
                integer(field(in, "channels"), "input.channels"),
                integer(field(in, "height"), "input.height"),
                integer(field(in, "width"), "input.width")),
                integer(field(n, "classes"), "classes"),
                integer(field(n, "cells_per_stage"), "cells_per_stage"), channels);
        JsonNode cell = field(n, "cell");
        if (!cell.isTextual()) {
            throw new IllegalArgumentException("field 'cell' must be a string, but was " + cell);
        }
        return new CellNetwork(Cell.parse(cell.asText()), skeleton);
    }

    private static JsonNode field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("field '" + name + "' is missing");
        }
        return v;
    }

    private static int integer(JsonNode v, String name) {
        if (!v.isInt()) {
            throw new IllegalArgumentException("field '" + name + "' must be an integer, but was "
                    + v);
        }
        return v.asInt();
    }

    @Override
    public InputShape input() {
        return skeleton.input();
    }

    @Override
    public int classes() {
        return skeleton.classes();
    }
}
