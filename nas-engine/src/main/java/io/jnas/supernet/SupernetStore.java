package io.jnas.supernet;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnas.space.SearchSpace;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Where a trained supernet lives: one folder per space content, data, seed and budget, so a
 * second run with the same settings finds and reuses it.
 *
 * <pre>
 * runs/supernets/mnist-small-8925ee9d8fd75989-fashion-mnist60000-8000x2000-s1-e4-b64-r2-lr0.003-kd-cover/
 *   supernet.params     the trained weights (when finished)
 *   supernet.json       settings, steps, seconds, largest/smallest validation accuracy
 *   checkpoint.params   the weights at the last checkpoint (while training)
 *   checkpoint.json     the step the checkpoint was taken at
 * </pre>
 */
public final class SupernetStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    public SupernetStore(Path dir) {
        this.dir = requireNonNull(dir, "dir");
    }

    /**
     * The folder of a space, data, seed and budget under {@code root}.
     *
     * @param poolSize images in the data set's pool the split was drawn from
     */
    public static SupernetStore of(Path root, SearchSpace space, SupernetSettings s,
            int poolSize) {
        return new SupernetStore(root.resolve(space.name() + "-" + space.hash() + "-"
                + s.dataSet() + poolSize + "-" + s.trainSamples() + "x" + s.validationSamples()
                + "-s" + s.seed() + "-" + s.budget()));
    }

    public Path dir() {
        return dir;
    }

    public Path weights() {
        return dir.resolve("supernet.params");
    }

    public Path summary() {
        return dir.resolve("supernet.json");
    }

    /** True when a finished supernet is stored here. */
    public boolean finished() {
        return Files.isRegularFile(weights()) && Files.isRegularFile(summary());
    }

    /** The step of the last checkpoint, if one was taken. */
    public Optional<Integer> checkpointStep() {
        Path f = dir.resolve("checkpoint.json");
        if (!Files.isRegularFile(f) || !Files.isRegularFile(dir.resolve("checkpoint.params"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(f.toFile()).get("step").asInt());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("checkpoint " + f + " must hold {\"step\": N}, but"
                    + " could not be read: " + e.getMessage(), e);
        }
    }

    void saveCheckpoint(Supernet net, int step) {
        write(dir.resolve("checkpoint.params"), net);
        ObjectNode n = JSON.createObjectNode().put("step", step);
        writeText(dir.resolve("checkpoint.json"), n.toPrettyString());
    }

    void loadCheckpoint(Supernet net) {
        read(dir.resolve("checkpoint.params"), net);
    }

    void saveFinished(Supernet net, ObjectNode summary) {
        write(weights(), net);
        writeText(summary(), summary.toPrettyString());
        try {
            Files.deleteIfExists(dir.resolve("checkpoint.params"));
            Files.deleteIfExists(dir.resolve("checkpoint.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the finished weights into an initialized supernet of the same space. */
    public void load(Supernet net) {
        read(weights(), net);
    }

    public JsonNode readSummary() {
        try {
            return JSON.readTree(summary().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + summary(), e);
        }
    }

    private static void write(Path file, Supernet net) {
        NDList all = new NDList();
        net.getParameters().values().forEach(p -> all.add(p.getArray()));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, all.encode());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Copies stored values into the existing arrays, which keep their gradients and owner. */
    private static void read(Path file, Supernet net) {
        List<Parameter> params = net.getParameters().values();
        try (NDManager m = NDManager.newBaseManager()) {
            NDList stored = NDList.decode(m, Files.readAllBytes(file));
            if (stored.size() != params.size()) {
                throw new IllegalStateException("supernet weights " + file + " must hold "
                        + params.size() + " arrays, but held " + stored.size());
            }
            for (int i = 0; i < params.size(); i++) {
                NDArray target = params.get(i).getArray();
                if (!target.getShape().equals(stored.get(i).getShape())) {
                    throw new IllegalStateException("supernet weights " + file + " must match the"
                            + " space's supernet, but " + params.get(i).getName() + " has shape "
                            + stored.get(i).getShape() + " instead of " + target.getShape());
                }
                target.set(stored.get(i).toByteBuffer());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void writeText(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, text);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
