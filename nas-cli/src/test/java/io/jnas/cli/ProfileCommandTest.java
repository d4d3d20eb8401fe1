package io.jnas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnas.cost.StaticCost;
import io.jnas.space.SearchSpace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code nas profile} through the real command line, output captured. */
class ProfileCommandTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = NasCommand.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static String space(String name) {
        return Path.of(System.getProperty("nas.home", "..")).resolve("configs/spaces/" + name)
                .toString();
    }

    @Test
    void printsTheReportOfASpace() {
        Run r = run("profile", "--space", space("mnist-small.yaml"), "--constraint",
                "flops=60M,params=1.5M", "--constraint", "memory=2MB");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Search space mnist-small"), r.out());
        assertTrue(r.out().contains("Size: 633143008512 subnets (~6.33e11)"), r.out());
        assertTrue(r.out().contains("flops <= 60M"), r.out());
        assertTrue(r.out().contains("memory <= 2MB"), r.out());
        assertTrue(r.out().contains("min subnet meets all constraints: yes"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void jsonHoldsTheFiguresOfTheStaticCost() throws Exception {
        Run r = run("profile", "--space", space("cifar-small.yaml"), "--json",
                "--constraint", "params=1K");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        SearchSpace s = SearchSpace.load(Path.of(space("cifar-small.yaml")));
        StaticCost max = StaticCost.of(s.resolve(s.maximal()));
        assertEquals(max.flops(), json.get("subnets").get("max").get("flops").asLong());
        assertEquals(max.params(), json.get("subnets").get("max").get("params").asLong());
        assertEquals(s.size().toString(), json.get("size").asText());
        JsonNode c = json.get("constraints").get(0);
        assertEquals("params", c.get("metric").asText());
        assertFalse(c.get("satisfiable").asBoolean(), "no network here has 1000 params or fewer");
    }

    @Test
    void aBrokenSpaceFileGivesOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        String text = Files.readString(Path.of(space("mnist-small.yaml")))
                .replace("kernel: [3, 5]\n", "kernel: [3, 4]\n");
        Files.writeString(bad, text);
        Run r = run("profile", "--space", bad.toString());
        assertEquals(2, r.exit());
        assertEquals("nas profile: " + bad + ": stages[2].kernel must be a non-empty list of"
                + " distinct odd integers in [1, 11], but contained 4\n", r.err());
        assertEquals("", r.out());

        Run verbose = run("profile", "-v", "--space", bad.toString());
        assertEquals(2, verbose.exit());
        assertTrue(verbose.err().contains("at io.jnas.space.SearchSpaceReader"), verbose.err());
    }

    @Test
    void aMissingSpaceFileIsNamed() {
        Run r = run("profile", "--space", "no/such/space.yaml");
        assertEquals(2, r.exit());
        assertEquals("nas profile: no/such/space.yaml: does not exist\n", r.err());
    }

    @Test
    void aBadConstraintNamesTheKeyAndTheExpectedForm() {
        Run r = run("profile", "--space", space("mnist-small.yaml"), "--constraint", "latency=5");
        assertEquals(2, r.exit());
        assertEquals("nas profile: Invalid value for option '--constraint' (KEY=VALUE): constraint"
                + " key must be one of params, macs, flops, memory, but was 'latency'\n"
                + "Run 'nas profile --help' for the options.\n", r.err());
    }

    @Test
    void helpListsTheSubcommandAndItsOptions() {
        Run top = run("--help");
        assertEquals(0, top.exit());
        assertTrue(top.out().contains("profile"), top.out());
        Run help = run("profile", "--help");
        assertEquals(0, help.exit());
        for (String option : new String[] {"--space", "--constraint", "--json", "--verbose"}) {
            assertTrue(help.out().contains(option), option + " missing from " + help.out());
        }
    }
}
