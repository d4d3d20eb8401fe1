package io.jnas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.fleet.FleetFile;
import io.jnas.run.RunConfigException;
import io.jnas.run.RunConfigReader;
import io.jnas.search.Spaces;
import io.jnas.space.SearchSpace;
import io.jnas.space.SpaceFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Bad input through the real {@code nas} command line: nas-core's corpus of bad text and YAML
 * files read as a space, a run config and a fleet (one policy, one problem text, each reader's
 * own prefix), commands that do not exist, and every command's help (no picocli warning).
 */
class BadInputCorpusTest {

    /** nas-core's corpus (see {@code io.jnas.text.BadTextCorpusTest}). */
    static Stream<Path> badText() throws IOException {
        try (Stream<Path> files = Files.list(Spaces.root()
                .resolve("nas-core/src/test/resources/bad-text"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    static String problem(Path file) throws IOException {
        String first = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).lines()
                .findFirst().orElseThrow();
        return first.substring("# expect: ".length());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badText")
    void everyReaderRefusesTheFileWithTheSameProblem(Path file) throws IOException {
        String problem = problem(file);

        assertEquals(file + ": " + problem, assertThrows(SpaceFileException.class,
                () -> SearchSpace.load(file)).getMessage());
        assertEquals(file + ": run config " + problem, assertThrows(RunConfigException.class,
                () -> RunConfigReader.read(file)).getMessage());
        assertEquals(file + ": " + problem, assertThrows(IllegalArgumentException.class,
                () -> FleetFile.load(file)).getMessage());
    }

    record Run(int code, String out, String err) {
    }

    static Run nas(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NasCommand.newCommandLine().setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Stream<Arguments> badCommandLines() throws IOException {
        Path alias = Spaces.root().resolve("nas-core/src/test/resources/bad-text/alias-only.yaml");
        Path twoDocs = Spaces.root()
                .resolve("nas-core/src/test/resources/bad-text/two-documents.yaml");
        String commands = "profile, agent, fleet, tables, eval-bench, search, search-bench, bench,"
                + " export, supernet, worker, workers-bench";
        return Stream.of(
            Arguments.of(List.of("wokrer", "--help"), 2,
                    "nas: 'wokrer' is not a command; the commands are " + commands),
            Arguments.of(List.of("wokrer"), 2,
                    "nas: 'wokrer' is not a command; the commands are " + commands),
            Arguments.of(List.of("tables", "biuld", "--help"), 2,
                    "nas tables: 'biuld' is not a command; the commands are build, calibrate,"
                            + " validate, show"),
            Arguments.of(List.of("search", "--config", alias.toString()), 2,
                    "nas search: " + alias + ": run config " + problem(alias)),
            Arguments.of(List.of("fleet", "status", "--fleet", twoDocs.toString()), 2,
                    "nas fleet status: " + twoDocs + ": " + problem(twoDocs)),
            Arguments.of(List.of("profile", "--space", alias.toString()), 2,
                    "nas profile: " + alias + ": " + problem(alias)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCommandLines")
    void badCommandLinesGetOneLineAndTheirExitCode(List<String> args, int code, String line) {
        Run r = nas(args.toArray(String[]::new));

        assertEquals(code, r.code(), r.err());
        assertEquals(line, r.err().lines().findFirst().orElse(""), r.err());
        assertEquals("", r.out());
    }

    @Test
    void everyHelpPrintsWithoutWarnings() {
        List<String> failures = new ArrayList<>();
        List<List<String>> paths = new ArrayList<>();
        collect(NasCommand.newCommandLine(), new ArrayList<>(), paths);
        assertTrue(paths.size() > 15, "every command and subcommand: " + paths);
        for (List<String> p : paths) {
            List<String> args = new ArrayList<>(p);
            args.add("--help");
            Run r = nas(args.toArray(String[]::new));
            if (r.code() != 0 || !r.err().isEmpty() || r.out().isEmpty()) {
                failures.add(String.join(" ", args) + " -> " + r.code() + ": " + r.err());
            }
        }
        assertEquals(List.of(), failures);
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
        cl.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> p = new ArrayList<>(path);
                p.add(name);
                out.add(p);
                collect(sub, p, out);
            }
        });
    }

    @Test
    void profileAcceptsTheShippedCellSpaces() {
        for (String name : List.of("nb201-mini", "nb201")) {
            Run r = nas("profile", "--space", Spaces.file(name).toString(), "--constraint",
                    "params=1M");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("Search space " + name + " (hash "), r.out());
            assertTrue(r.out().contains("NAS-Bench-201 cells"), r.out());
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith("min ")), r.out());
            assertTrue(r.out().contains("params <= 1M"), r.out());
        }
        Run json = nas("profile", "--space", Spaces.file("nb201-mini").toString(), "--json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"size\" : \"729\""), json.out());
    }
}
