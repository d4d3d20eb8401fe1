package io.jnas.space;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Space files for tests: the shipped ones under configs/spaces and the tiny test space. */
public final class Spaces {

    public static final List<String> SHIPPED =
            List.of("mnist-small.yaml", "cifar-small.yaml", "mobilenet-224.yaml");

    /** The shipped NAS-Bench-201 cell spaces (read with {@code io.jnas.cell.CellSpace}). */
    public static final List<String> SHIPPED_CELLS = List.of("nb201.yaml", "nb201-mini.yaml");

    private Spaces() {
    }

    public static Path shipped(String name) {
        return Path.of(System.getProperty("nas.home", "..")).resolve("configs/spaces/" + name);
    }

    public static SearchSpace load(String name) {
        return SearchSpace.load(shipped(name));
    }

    public static SearchSpace tiny() {
        try {
            return SearchSpace.load(Path.of(Spaces.class.getResource("/spaces/tiny.yaml").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
