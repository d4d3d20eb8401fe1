package io.jnas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnas.cli.options.TrainingOptions;
import io.jnas.options.MeasureOptions;
import io.jnas.options.VerboseOption;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The shared option mixins: every command answers {@code --help}; the former spellings of a
 * flag parse to the same value as its one visible name (and are hidden); a flag of the shared
 * mixins has one type wherever it is declared.
 */
class OptionSpellingTest {

    static List<Arguments> commands() {
        List<Arguments> out = new ArrayList<>();
        walk(NasCommand.newCommandLine(), new ArrayList<>(), out);
        return out;
    }

    private static void walk(CommandLine cl, List<String> path, List<Arguments> out) {
        cl.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> p = new ArrayList<>(path);
                p.add(name);
                out.add(Arguments.of(p));
                walk(sub, p, out);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandAnswersHelp(List<String> path) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        StringWriter text = new StringWriter();
        CommandLine cl = NasCommand.newCommandLine();
        cl.setOut(new PrintWriter(text));
        assertEquals(0, cl.execute(args.toArray(String[]::new)), String.join(" ", args));
        assertTrue(text.toString().startsWith("Usage: nas " + String.join(" ", path)), text::toString);
    }

    static List<Arguments> formerSpellings() {
        return List.of(
                Arguments.of(List.of("eval-bench"), "--dataset", "digits", "--data-set"),
                Arguments.of(List.of("eval-bench"), "--samples", "7", "--train-samples"),
                Arguments.of(List.of("eval-bench"), "--validation", "3", "--val-samples"),
                Arguments.of(List.of("supernet", "reference", "--out", "r.csv"), "--dataset",
                        "mnist", "--data-set"),
                Arguments.of(List.of("supernet", "reference", "--out", "r.csv"), "--samples", "9",
                        "--train-samples"),
                Arguments.of(List.of("supernet", "reference", "--out", "r.csv"), "--validation",
                        "4", "--val-samples"),
                Arguments.of(List.of("tables", "build"), "--reps", "5", "--repetitions"),
                Arguments.of(List.of("agent", "profile", "--target", "h:1", "--space", "s.yaml"),
                        "--reps", "6", "--repetitions"));
    }

    @ParameterizedTest
    @MethodSource("formerSpellings")
    void aFormerSpellingSetsTheSameOption(List<String> path, String former, String value,
            String name) {
        assertEquals(parsed(path, name, value, name), parsed(path, former, value, name));
        assertTrue(spec(path).findOption(former).hidden(), former + " is hidden");
        assertEquals(value, String.valueOf(parsed(path, former, value, name)));
    }

    @Test
    void theFormerSupernetOptionFlagStillSetsEvaluatorOptions() {
        assertEquals(Map.of("epochs", "3"), parsed(List.of("supernet", "train"), "--option",
                "epochs=3", "--option"));
        assertTrue(spec(List.of("supernet", "train")).findOption("--option").hidden());
    }

    @Test
    void aFlagOfTheSharedMixinsHasOneTypeWhereverItIsDeclared() {
        Map<String, Class<?>> shared = new TreeMap<>();
        for (Object mixin : List.of(new MeasureOptions(), new VerboseOption(),
                new TrainingOptions(new TrainingOptions.Defaults("mnist", 1, 1, 1, 1, 1f)))) {
            CommandSpec.forAnnotatedObject(mixin).options().stream().filter(o -> !o.hidden())
                    .forEach(o -> shared.put(o.longestName(), o.type()));
        }
        List<String> clashes = new ArrayList<>();
        int seen = 0;
        for (Arguments a : commands()) {
            @SuppressWarnings("unchecked")
            List<String> path = (List<String>) a.get()[0];
            for (OptionSpec o : spec(path).options()) {
                Class<?> want = shared.get(o.longestName());
                if (want == null) {
                    continue;
                }
                seen++;
                if (!want.equals(o.type()) && !(isInt(want) && isInt(o.type()))) {
                    clashes.add(o.longestName() + " in " + path + ": " + o.type().getSimpleName()
                            + ", not " + want.getSimpleName());
                }
            }
        }
        assertTrue(seen > 20, "the shared flags are found on the commands: " + seen);
        assertEquals(List.of(), clashes);
    }

    private static boolean isInt(Class<?> c) {
        return c == int.class || c == Integer.class || c == long.class || c == Long.class;
    }

    private static CommandSpec spec(List<String> path) {
        return command(NasCommand.newCommandLine(), path).getCommandSpec();
    }

    private static Object parsed(List<String> path, String flag, String value, String read) {
        CommandLine root = NasCommand.newCommandLine();
        List<String> args = new ArrayList<>(path);
        args.add(flag);
        args.add(value);
        root.parseArgs(args.toArray(String[]::new));
        return command(root, path).getCommandSpec().findOption(read).getValue();
    }

    /** The subcommand the words of {@code args} name (the options among them are skipped). */
    private static CommandLine command(CommandLine root, List<String> args) {
        CommandLine cl = root;
        for (String a : args) {
            CommandLine sub = cl.getSubcommands().get(a);
            cl = sub == null ? cl : sub;
        }
        return cl;
    }
}
