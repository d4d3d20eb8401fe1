package io.jnas.run;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.jnas.search.Evaluation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A run as its files hold it after the search ended: the config, every evaluation, and the
 * fronts of {@code pareto.json} ({@link #JOINT} and one per device), read back for export and
 * the report.
 *
 * <pre>{@code
 * FinishedRun run = FinishedRun.load(Path.of("runs/demo"));
 * List<Evaluation> front = run.front("local");
 * }</pre>
 */
public record FinishedRun(RunDirectory directory, RunConfig config, List<Evaluation> history,
        Map<String, List<Evaluation>> fronts) {

    /** The name of the front non-dominated on all objectives of the run at once. */
    public static final String JOINT = "joint";

    public FinishedRun {
        requireNonNull(directory, "directory");
        requireNonNull(config, "config");
        history = List.copyOf(history);
        fronts = Collections.unmodifiableMap(new LinkedHashMap<>(fronts));
    }

    /** The files of a result in memory (what {@code nas search} just wrote). */
    public static FinishedRun of(RunResult r) {
        Map<String, List<Evaluation>> fronts = new LinkedHashMap<>();
        fronts.put(JOINT, ParetoReport.joint(r.history(), r.config().objectives()));
        fronts.putAll(r.fronts());
        return new FinishedRun(r.directory(), r.config(), r.history(), fronts);
    }

    /**
     * Reads a run directory.
     *
     * @throws RunConfigException naming the directory or file and what was expected when it is
     *     not a finished run
     */
    public static FinishedRun load(Path path) {
        if (!Files.isDirectory(path)) {
            throw new RunConfigException("run directory " + path + " must exist, but it does not"
                    + " (runs are under runs/<name>/)");
        }
        RunDirectory dir = RunDirectory.open(path);
        RunConfig config = RunConfigReader.read(dir.config());
        List<Evaluation> history;
        try {
            history = EvaluationLog.read(dir.evaluations(), FinishedRun::design).evaluations();
        } catch (IllegalArgumentException e) {
            throw new RunConfigException(e.getMessage());
        }
        if (!Files.isRegularFile(dir.pareto())) {
            throw new RunConfigException(dir.pareto() + " must exist, but it does not: the search"
                    + " has not finished; finish it with `./nas search --resume " + path + "`");
        }
        Map<String, Evaluation> byHash = history.stream()
                .collect(Collectors.toMap(Evaluation::hash, Function.identity(), (a, b) -> a));
        return new FinishedRun(dir, config, history, readFronts(dir.pareto(), byHash));
    }

    /** The names of the fronts: {@link #JOINT}, then the run's devices. */
    public List<String> frontNames() {
        return List.copyOf(fronts.keySet());
    }

    /**
     * One front, in pareto.json's order.
     *
     * @throws IllegalArgumentException when the run has no front of that name
     */
    public List<Evaluation> front(String name) {
        List<Evaluation> f = fronts.get(name);
        if (f == null) {
            throw new IllegalArgumentException("device must be one of " + frontNames()
                    + " (the fronts of " + directory.pareto() + "), but was '" + name + "'");
        }
        return f;
    }

    private static Map<String, List<Evaluation>> readFronts(Path file,
            Map<String, Evaluation> byHash) {
        JsonNode root;
        try {
            root = EvaluationJson.MAPPER.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new RunConfigException(file + " must be valid JSON, but: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (root == null || !root.path("devices").isObject() || !root.path(JOINT).isArray()) {
            throw new RunConfigException(file + " must hold 'devices' (a front per device) and '"
                    + JOINT + "', but does not");
        }
        Map<String, List<Evaluation>> out = new LinkedHashMap<>();
        out.put(JOINT, members(file, JOINT, root.get(JOINT), byHash));
        root.get("devices").fields().forEachRemaining(f ->
                out.put(f.getKey(), members(file, "devices." + f.getKey(), f.getValue(), byHash)));
        return out;
    }

    private static List<Evaluation> members(Path file, String at, JsonNode list,
            Map<String, Evaluation> byHash) {
        List<Evaluation> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String hash = list.get(i).path("hash").asText("");
            Evaluation e = byHash.get(hash);
            if (e == null) {
                throw new RunConfigException(file + ": " + at + "[" + i + "].hash must name an"
                        + " evaluation of evaluations.jsonl, but was '" + hash + "'");
            }
            out.add(e);
        }
        return out;
    }

    /**
     * A logged design of either kind (an evaluation's, or an export's architecture.json): a cell
     * network has a {@code cell} field.
     */
    public static io.jnas.arch.Design design(String json) {
        return io.jnas.cell.CellNetwork.isCellNetworkJson(json)
                ? io.jnas.cell.CellNetwork.fromJson(json)
                : io.jnas.arch.Architecture.fromJson(json);
    }
}
