package io.jnas.run;

import static java.util.Objects.requireNonNull;

import io.jnas.text.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files of one run: {@code config.yaml} (the resolved config), {@code evaluations.jsonl}
 * (one line per evaluation, appended and fsynced as it happens), {@code checkpoint.json}
 * (population and random state, replaced atomically) and {@code pareto.json} (the result).
 *
 * <pre>{@code
 * RunDirectory dir = RunDirectory.create(Path.of("runs/demo"));   // fails if a run is there
 * RunDirectory same = RunDirectory.open(Path.of("runs/demo"));    // for --resume
 * }</pre>
 */
public record RunDirectory(Path path) {

    public RunDirectory {
        requireNonNull(path, "path");
    }

    /**
     * Prepares a new run directory.
     *
     * @throws RunConfigException when a run already lives there
     */
    public static RunDirectory create(Path path) {
        RunDirectory d = requireFree(path);
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create run directory " + path, e);
        }
        return d;
    }

    /**
     * The directory of a new run, not created yet.
     *
     * @throws RunConfigException when a run already lives there
     */
    public static RunDirectory requireFree(Path path) {
        RunDirectory d = new RunDirectory(path);
        if (Files.exists(d.config()) || Files.exists(d.evaluations())) {
            throw new RunConfigException("run directory " + path + " already holds a run; resume it"
                    + " with --resume " + path + " or choose another --name");
        }
        return d;
    }

    /**
     * An existing run directory.
     *
     * @throws RunConfigException when it holds no run (no config.yaml)
     */
    public static RunDirectory open(Path path) {
        RunDirectory d = new RunDirectory(path);
        if (!Files.isRegularFile(d.config())) {
            throw new RunConfigException("run directory " + path + " must hold a config.yaml to"
                    + " be resumed, but " + (Files.isDirectory(path) ? "it does not"
                    : "the directory does not exist"));
        }
        return d;
    }

    public Path config() {
        return path.resolve("config.yaml");
    }

    public Path evaluations() {
        return path.resolve("evaluations.jsonl");
    }

    public Path checkpoint() {
        return path.resolve("checkpoint.json");
    }

    public Path pareto() {
        return path.resolve("pareto.json");
    }

    /**
     * Replaces {@code target} with {@code content} so that readers see the old or the new file,
     * never a part: written to a temporary file in the same directory, fsynced, then moved.
     */
    public static void writeAtomically(Path target, String content) {
        AtomicFile.write(target, content);
    }
}
