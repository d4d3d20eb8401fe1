package io.jnas.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code export/} folder of a run, built beside it in {@code .export-tmp/} and moved into
 * place whole: a reader sees the old export or the new one, and a re-run leaves no folder of an
 * earlier export behind (a subnet no longer selected disappears with it).
 *
 * <pre>{@code
 * ExportFolder f = ExportFolder.start(runDir);   // clears a temp folder left by a killed export
 * ... write into f.staging() ...
 * Path done = f.commit();                         // runDir/export
 * }</pre>
 */
public final class ExportFolder {

    public static final String NAME = "export";

    private final Path target;
    private final Path staging;
    private final Path old;

    private ExportFolder(Path runDir) {
        this.target = runDir.resolve(NAME);
        this.staging = runDir.resolve("." + NAME + "-tmp");
        this.old = runDir.resolve("." + NAME + "-old");
    }

    /** An empty staging folder (whatever a killed export left there is removed). */
    public static ExportFolder start(Path runDir) {
        ExportFolder f = new ExportFolder(runDir);
        deleteTree(f.staging);
        deleteTree(f.old);
        try {
            Files.createDirectories(f.staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + f.staging, e);
        }
        return f;
    }

    public Path staging() {
        return staging;
    }

    public Path target() {
        return target;
    }

    /** Replaces the run's export folder with the staging folder; returns the export folder. */
    public Path commit() {
        try {
            if (Files.exists(target)) {
                move(target, old);
            }
            move(staging, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + staging + " to " + target, e);
        }
        deleteTree(old);
        return target;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
