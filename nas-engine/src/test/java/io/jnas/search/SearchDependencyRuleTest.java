package io.jnas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule for the search side: codec, search, fitness and run code never imports
 * DJL or gRPC (they are reached only through the evaluator and predictor interfaces).
 */
class SearchDependencyRuleTest {

    private static final List<String> PACKAGES = List.of("codec", "search", "run");
    private static final List<String> FORBIDDEN = List.of("ai.djl", "io.grpc",
            "com.google.protobuf", "io.jnas.model", "io.jnas.proto");

    @Test
    void searchCodeImportsNeitherDjlNorGrpc() throws IOException {
        Path main = Spaces.root().resolve("nas-engine/src/main/java/io/jnas");
        List<String> offences = new ArrayList<>();
        int files = 0;
        for (String pkg : PACKAGES) {
            try (Stream<Path> s = Files.walk(main.resolve(pkg))) {
                for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files++;
                    for (String line : Files.readAllLines(f)) {
                        String l = line.strip();
                        if (l.startsWith("import ") && FORBIDDEN.stream().anyMatch(
                                x -> l.startsWith("import " + x) || l.startsWith("import static "
                                        + x))) {
                            offences.add(main.relativize(f) + ": " + l);
                        }
                    }
                }
            }
        }
        assertTrue(files > 20, "found only " + files + " files");
        assertEquals(List.of(), offences);
    }
}
