package io.jnas.search;

import io.jnas.cell.CellSpace;
import io.jnas.space.SearchSpace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shipped spaces, found from the repository root that surefire passes in. */
public final class Spaces {

    private Spaces() {
    }

    public static Path root() {
        return Path.of(System.getProperty("nas.home", "..")).toAbsolutePath().normalize();
    }

    public static Path file(String name) {
        return root().resolve("configs/spaces/" + name + ".yaml");
    }

    public static SearchSpace load(String name) {
        return SearchSpace.load(file(name));
    }

    /** Names of every block-list space in configs/spaces/. */
    public static List<String> shipped() {
        return all().stream().filter(n -> !CellSpace.describedBy(file(n))).toList();
    }

    /** Names of every cell space in configs/spaces/. */
    public static List<String> shippedCells() {
        return all().stream().filter(n -> CellSpace.describedBy(file(n))).toList();
    }

    private static List<String> all() {
        try (Stream<Path> s = Files.list(root().resolve("configs/spaces"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
