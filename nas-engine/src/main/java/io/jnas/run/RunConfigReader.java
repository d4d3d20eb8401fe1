package io.jnas.run;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.jnas.text.InputFileException;
import io.jnas.text.YamlFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link RunConfig} from layers of keys: built-in defaults, then a YAML file, then flags;
 * a later layer overrides an earlier one key by key. Unknown keys and bad values are rejected
 * with one message naming where the value came from (file and key, or flag) and the rule.
 *
 * <pre>{@code
 * RunConfig c = RunConfigReader.of(List.of(
 *         RunConfigReader.Layer.file(Path.of("configs/search/default.yaml")),
 *         RunConfigReader.Layer.flags(Map.of("seed", 7))));
 * }</pre>
 */
public final class RunConfigReader {

    /** Keys of a run config, in the order they are written. */
    public static final List<String> KEYS = RunKey.names();

    /**
     * Keys a run-config file may hold that say where evaluations run, not what the run is
     * (read by {@code io.jnas.distributed.Placement}): they do not change the history, so they
     * are not part of the {@link RunConfig} nor of the resolved config.yaml.
     */
    public static final List<String> PLACEMENT_KEYS = List.of("workers", "db", "db-user",
            "db-password-file", "db-password", "dashboard-port");

    /** Built-in defaults, used for keys no layer sets (sample-size: population / 4, as NNI). */
    public static final Map<String, Object> DEFAULTS = RunKey.defaults();

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    /**
     * One source of keys.
     *
     * @param origin the file, or "flags"
     * @param flags whether keys came from command-line flags (messages then name the flag)
     */
    public record Layer(String origin, boolean flags, Map<String, Object> values) {

        public static Layer file(Path file) {
            return new Layer(file.toString(), false, readYaml(file));
        }

        public static Layer flags(Map<String, Object> values) {
            return new Layer("flags", true, values);
        }
    }

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Layer> origin = new LinkedHashMap<>();

    private RunConfigReader() {
    }

    /** A config from a single YAML file over the defaults (a run's config.yaml on resume). */
    public static RunConfig read(Path file) {
        return of(List.of(Layer.file(file)));
    }

    /**
     * The config of layered sources over the defaults.
     *
     * @throws RunConfigException naming the file or flag, the key and the rule broken
     */
    public static RunConfig of(List<Layer> layers) {
        RunConfigReader r = new RunConfigReader();
        r.values.putAll(DEFAULTS);
        for (Layer l : layers) {
            l.values().forEach((k, v) -> {
                if (!l.flags() && PLACEMENT_KEYS.contains(k)) {
                    return; // where evaluations run: see placement(Path)
                }
                if (!KEYS.contains(k)) {
                    throw new RunConfigException((l.flags() ? "flag --" + k : l.origin() + ": key '"
                            + k + "'") + " is not known; known keys: " + String.join(", ", KEYS)
                            + (l.flags() ? "" : "; where evaluations run: workers, db, db-user,"
                            + " db-password-file, dashboard-port"));
                }
                r.values.put(k, v);
                r.origin.put(k, l);
            });
        }
        return new RunConfigValues(r.values, r::where).toConfig();
    }

    /** The placement keys of a run-config file ({@link #PLACEMENT_KEYS}), as written there. */
    public static Map<String, Object> placement(Path file) {
        Map<String, Object> out = new LinkedHashMap<>();
        readYaml(file).forEach((k, v) -> {
            if (PLACEMENT_KEYS.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** How messages name a key: "file: key" or "--key". */
    private String where(String key) {
        Layer l = origin.get(key);
        if (l == null) {
            return key;
        }
        return l.flags() ? "--" + key : l.origin() + ": " + key;
    }

    static Map<String, Object> readYaml(Path file) {
        JsonNode root;
        try {
            root = YamlFile.read(file);
        } catch (InputFileException e) {
            throw new RunConfigException(file + ": run config " + e.problem());
        }
        if (root == null) {
            return Map.of();
        }
        if (!root.isObject()) {
            throw new RunConfigException(file + ": run config must be a YAML mapping of keys ("
                    + String.join(", ", KEYS) + ")");
        }
        return YAML.convertValue(root, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    /** The resolved config as YAML text (what a run directory's config.yaml holds). */
    public static String toYaml(RunConfig config) {
        try {
            return "# Resolved run config: the exact settings of this run (read on --resume).\n"
                    + YAML.writeValueAsString(config.toMap()).replaceFirst("^---\\s*\n", "");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write run config as YAML", e);
        }
    }
}
