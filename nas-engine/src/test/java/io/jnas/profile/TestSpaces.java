package io.jnas.profile;

import io.jnas.space.SearchSpace;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Space files for the engine's tests. */
final class TestSpaces {

    static final List<String> SHIPPED =
            List.of("mnist-small.yaml", "cifar-small.yaml", "mobilenet-224.yaml");

    private TestSpaces() {
    }

    static Path shipped(String name) {
        return Path.of(System.getProperty("nas.home", "..")).resolve("configs/spaces/" + name);
    }

    static SearchSpace load(String name) {
        return SearchSpace.load(shipped(name));
    }

    static Path tinyFile() {
        try {
            return Path.of(TestSpaces.class.getResource("/spaces/tiny.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static SearchSpace tiny() {
        return SearchSpace.load(tinyFile());
    }
}
