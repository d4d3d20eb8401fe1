package io.jnas.export;

import io.jnas.cli.NasCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.cli.export.ExportCommand;
import io.jnas.fleet.FleetConnector;
import io.jnas.run.TestRuns;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Bad input to {@code nas export} gets one line naming what is wrong and what was expected, and
 * leaves nothing behind. Runs of the synthetic evaluator (no engine is started: every one of these
 * is refused before a model is built).
 */
class ExportCommandTest {

    @TempDir
    Path tmp;

    record Cli(int code, String out, String err) {
    }

    static Cli export(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        FleetConnector noAgents = new FleetConnector(e -> {
            throw new AssertionError("no agent may be opened for bad input");
        });
        int code = NasCommand.commandLine(new ExportCommand(noAgents)).setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err)).execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    Path syntheticRun() {
        Path dir = tmp.resolve("run");
        TestRuns.runs().start(TestRuns.config(TestRuns.keys("regularized", 12, 5)), dir);
        return dir;
    }

    /** Bad input: one line and exit 2. */
    static void assertOneLine(Cli r, String expected) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(List.of("nas export: " + expected), r.err().lines().toList());
    }

    @Test
    void helpListsTheOptions() {
        Cli r = export("--help");
        assertEquals(0, r.code());
        for (String o : List.of("--run", "--device", "--top", "--untrained", "--epochs",
                "--train-images", "--data-set", "--fleet", "--no-measure", "--verbose")) {
            assertTrue(r.out().contains(o), o + " missing from\n" + r.out());
        }
    }

    @Test
    void aMissingRunIsNamed() {
        Path none = tmp.resolve("runs/nope");
        assertOneLine(export("--run", none.toString()), "run directory " + none + " must exist,"
                + " but it does not (runs are under runs/<name>/)");
    }

    @Test
    void aFolderWithoutARunIsNamed() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertOneLine(export("--run", empty.toString()), "run directory " + empty + " must hold a"
                + " config.yaml to be resumed, but it does not");
    }

    @Test
    void anUnfinishedRunIsNamedWithHowToFinishIt() throws IOException {
        Path dir = syntheticRun();
        Files.delete(dir.resolve("pareto.json"));
        assertOneLine(export("--run", dir.toString()), dir.resolve("pareto.json") + " must exist,"
                + " but it does not: the search has not finished; finish it with `./nas search"
                + " --resume " + dir + "`");
        assertFalse(Files.exists(dir.resolve("export")));
    }

    @Test
    void anUnknownDeviceListsTheFronts() {
        Path dir = syntheticRun();
        assertOneLine(export("--run", dir.toString(), "--device", "jetson"), "device must be one"
                + " of [joint, local, edge] (the fronts of " + dir.resolve("pareto.json")
                + "), but was 'jetson'");
        assertFalse(Files.exists(dir.resolve("export")));
    }

    @Test
    void aNegativeTopIsRefused() {
        Path dir = syntheticRun();
        assertOneLine(export("--run", dir.toString(), "--top", "-1"), "--top must be >= 1 (or 0"
                + " for the whole front), but was -1");
    }

    @Test
    void aTrainingBudgetWithUntrainedIsRefused() {
        Path dir = syntheticRun();
        assertOneLine(export("--run", dir.toString(), "--untrained", "--epochs", "2"),
                "--epochs must not be given with --untrained, which trains nothing");
    }

    @Test
    void aBudgetOutOfRangeIsRefused() {
        Path dir = syntheticRun();
        assertOneLine(export("--run", dir.toString(), "--train-images", "0"),
                "--train-images must be >= 1, but was 0");
        assertOneLine(export("--run", dir.toString(), "--finetune-epochs", "0"),
                "--epochs must be in [1, 1000], but was 0");
    }

    @Test
    void aDamagedParetoFileIsNamed() throws IOException {
        Path dir = syntheticRun();
        Files.writeString(dir.resolve("pareto.json"), "{\"devices\":{},\"joint\":[{\"hash\":"
                + "\"0000000000000000\"}]}");
        assertOneLine(export("--run", dir.toString()), dir.resolve("pareto.json") + ": joint[0]"
                + ".hash must name an evaluation of evaluations.jsonl, but was '0000000000000000'");
    }
}
