package io.jnas.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.StringReader;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * The one YAML loading policy of every file the project reads (spaces, run configs, fleets):
 * {@link TextFile} text, exactly one document, no duplicate keys, and no anchors or aliases.
 *
 * <p>Why refuse anchors instead of resolving them: Jackson's tree reader gives an alias the
 * alias's <em>name</em> as its value, so {@code activation: *silu} silently became {@code silu}
 * whatever the anchor held. Config files here are short; writing a value out twice is cheap, a
 * silently wrong value is not. A second document ({@code ---}) used to be ignored; it is refused
 * with its line, so a pasted-together file cannot half-apply.
 *
 * <pre>{@code
 * JsonNode root = YamlFile.read(Path.of("configs/spaces/mnist-small.yaml")); // null: empty file
 * }</pre>
 */
public final class YamlFile {

    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder().build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private YamlFile() {
    }

    /**
     * The file's single YAML document as a tree; null when the file holds no value (empty, or
     * comments only).
     *
     * @throws InputFileException when the file is missing, unreadable, not UTF-8, not valid
     *     YAML, or holds two documents, an anchor or an alias
     */
    public static JsonNode read(Path file) {
        return parse(file, TextFile.read(file));
    }

    /** {@link #read} of text already in hand ({@code file} names it in messages). */
    public static JsonNode parse(Path file, String text) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            throw new InputFileException(file, "is not valid YAML" + where + ": " + problem(e));
        }
        refuseAliasesAndSecondDocuments(file, text);
        return root == null || root.isMissingNode() ? null : root;
    }

    private static void refuseAliasesAndSecondDocuments(Path file, String text) {
        int documents = 0;
        try {
            for (Event e : new Yaml(new LoaderOptions()).parse(new StringReader(text))) {
                if (e instanceof DocumentStartEvent && ++documents > 1) {
                    throw new InputFileException(file, "holds a second YAML document at "
                            + at(e.getStartMark()) + ", but a file must hold exactly one (remove"
                            + " the '---' and what follows it, or split the file)");
                }
                if (e instanceof AliasEvent a) {
                    throw new InputFileException(file, "uses the YAML alias *" + a.getAnchor()
                            + " at " + at(e.getStartMark()) + ", but anchors and aliases are not"
                            + " supported: write the value out");
                }
                if (e instanceof NodeEvent n && n.getAnchor() != null) {
                    throw new InputFileException(file, "uses the YAML anchor &" + n.getAnchor()
                            + " at " + at(e.getStartMark()) + ", but anchors and aliases are not"
                            + " supported: write the value out");
                }
            }
        } catch (MarkedYAMLException e) {
            // past the end of the first document, which Jackson read without fault
            throw new InputFileException(file, "is not valid YAML at " + at(e.getProblemMark())
                    + ": " + e.getProblem().strip());
        }
    }

    private static String at(Mark m) {
        return m == null ? "an unknown place"
                : "line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1);
    }

    /**
     * The parser's problem on one line: SnakeYAML's messages span several lines with a code
     * excerpt and a caret; the line and column already say where.
     */
    private static String problem(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException y && y.getProblem() != null) {
            String context = y.getContext() == null ? "" : " (" + y.getContext()
                    + (y.getContextMark() == null ? "" : " started at " + at(y.getContextMark()))
                    + ")";
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
