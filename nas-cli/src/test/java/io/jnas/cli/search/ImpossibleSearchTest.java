package io.jnas.cli.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jnas.search.Spaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of searches that cannot do what was asked: each is refused before anything is
 * evaluated (exit 2, nothing written) or, when it ran, does not report success (exit 1). The
 * message is exact.
 */
class ImpossibleSearchTest {

    private static final String CONFIG = Spaces.root().resolve("configs/search/default.yaml")
            .toString();
    private static final String SPACE = Spaces.file("mnist-small").toString();

    static Stream<Arguments> cases() {
        return Stream.of(
            Arguments.of(List.of("--max-params", "10"), 2, "nas search: max-params must be at"
                    + " least 15,522 (the fewest parameters of any subnet of mnist-small, as `nas"
                    + " profile` reports), but was 10: no subnet can meet it"),
            Arguments.of(List.of("--max-flops", "1k"), 2, "nas search: max-flops must be at"
                    + " least 1,118,176 (the fewest FLOPs of any subnet of mnist-small, as `nas"
                    + " profile` reports), but was 1,000: no subnet can meet it"),
            Arguments.of(List.of("--population", "2"), 2, "nas search: " + CONFIG
                    + ": sample-size must be at most the population 2 (--population); set"
                    + " --sample-size too (P/4 = 1), but was 4"),
            // satisfiable, but one proposal per candidate finds none: the run ends having
            // evaluated nothing, which is not a success
            Arguments.of(List.of("--max-params", "15522", "--max-proposals", "1"), 1,
                    "nas search: the search evaluated no candidate: no new architecture within"
                    + " the constraints in 1 proposals (max-proposals); last rejected: params"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithItsExactMessageAndCode(List<String> flags, int code, String message,
            @TempDir Path tmp) {
        Path dir = tmp.resolve("run");
        List<String> args = new ArrayList<>(List.of("--config", CONFIG, "--space", SPACE,
                "--evaluator", "synthetic", "--predictor", "flops", "--flops", "local=0.4:0.2",
                "--run-dir", dir.toString()));
        args.addAll(flags);

        CliRun r = CliRun.search(args.toArray(String[]::new));

        assertEquals(code, r.code(), r.err());
        String first = r.err().lines().filter(l -> l.startsWith("nas search: ")).findFirst()
                .orElse(r.err());
        assertEquals(message, code == 1 ? first.substring(0, Math.min(first.length(),
                message.length())) : first);
        if (code == 2) {
            assertFalse(Files.exists(dir), "a refused search writes nothing");
        }
    }
}
