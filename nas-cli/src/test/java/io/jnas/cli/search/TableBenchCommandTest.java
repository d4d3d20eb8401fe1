package io.jnas.cli.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnas.cell.CellSpace;
import io.jnas.recorded.TestTables;
import io.jnas.search.Spaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nas bench} on tables the test makes (729 cells of a three-op space, see
 * {@link TestTables}), checked against figures the test computes itself from the tables and from
 * the runs' logs: the optimum and true fronts by brute force, hypervolumes by a sweep over
 * latency, means and sample standard deviations by hand.
 */
class TableBenchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MEAN_SD = Pattern.compile("(-?[0-9.]+) ± ([0-9.]+)");
    private static final List<String> STRATEGIES = List.of("regularized", "random", "nsga2",
            "surrogate");

    @TempDir
    Path dir;
    Path space;
    Path accuracy;
    Path latency;
    /** Per cell string: valid, test, fast, slow. */
    Map<String, double[]> rows = new LinkedHashMap<>();

    @BeforeEach
    void tables() throws IOException {
        space = TestTables.space(dir);
        CellSpace s = CellSpace.load(space);
        accuracy = TestTables.accuracy(dir, s, 11);
        latency = TestTables.latency(dir, s);
        List<String> acc = Files.readAllLines(accuracy);
        List<String> lat = Files.readAllLines(latency);
        for (int i = 2; i < acc.size(); i++) {
            String[] a = acc.get(i).split(",");
            String[] l = lat.get(i - 1).split(",");
            assertEquals(a[0], l[0]);
            rows.put(a[0], new double[] {Double.parseDouble(a[1]), Double.parseDouble(a[2]),
                Double.parseDouble(l[1]), Double.parseDouble(l[2])});
        }
        assertEquals(729, rows.size());
    }

    private CliRun bench(int evals, int seeds, String... extra) {
        List<String> args = new ArrayList<>(List.of("--space", space.toString(), "--accuracy",
                accuracy.toString(), "--accuracy-column", "valid", "--latency",
                latency.toString(), "--evals", String.valueOf(evals), "--seeds",
                String.valueOf(seeds), "--population", "20", "--sample-size", "5",
                "--max-proposals", "5000", "--out", dir.resolve("out").toString()));
        args.addAll(List.of(extra));
        return CliRun.tableBench(args.toArray(String[]::new));
    }

    /** Area dominated by (accuracy, ms) points above ra and below rl, by a sweep over latency. */
    static double area(List<double[]> points, double ra, double rl) {
        List<double[]> p = new ArrayList<>(points.stream().filter(x -> x[0] > ra && x[1] < rl)
                .toList());
        p.sort(Comparator.comparingDouble(x -> x[1]));
        double area = 0;
        double best = ra;
        for (int i = 0; i < p.size(); i++) {
            best = Math.max(best, p.get(i)[0]);
            double next = i + 1 < p.size() ? p.get(i + 1)[1] : rl;
            area += (next - p.get(i)[1]) * (best - ra);
        }
        return area;
    }

    static String meanSd(double[] v) {
        double mean = Arrays.stream(v).sum() / v.length;
        double ss = Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum();
        return String.format(Locale.ROOT, "%.4f ± %.4f", mean, Math.sqrt(ss / (v.length - 1)));
    }

    private double best() {
        return rows.values().stream().mapToDouble(r -> r[0]).max().orElseThrow();
    }

    /**
     * Budget regret of found (accuracy, fast, slow) points on the device in column {@code found}
     * of a point ({@code table} in a table row): budgets at the 5..90% quantiles of the device's
     * latencies (linear between order statistics), a run without a design within a budget
     * scoring the table's worst accuracy.
     */
    private double regret(List<double[]> found, int foundColumn, int tableColumn) {
        double[] ms = rows.values().stream().mapToDouble(x -> x[tableColumn]).sorted().toArray();
        double worst = rows.values().stream().mapToDouble(x -> x[0]).min().orElseThrow();
        double sum = 0;
        double[] quantiles = {0.05, 0.10, 0.20, 0.30, 0.50, 0.70, 0.90};
        for (double q : quantiles) {
            double h = (ms.length - 1) * q;
            int lo = (int) Math.floor(h);
            double t = ms[lo] + (h - lo) * (ms[Math.min(lo + 1, ms.length - 1)] - ms[lo]);
            double table = rows.values().stream().filter(x -> x[tableColumn] <= t)
                    .mapToDouble(x -> x[0]).max().orElse(worst);
            double run = found.stream().filter(x -> x[foundColumn] <= t).mapToDouble(x -> x[0])
                    .max().orElse(worst);
            sum += table - run;
        }
        return sum / quantiles.length;
    }

    private String row(String out, String strategy) {
        return out.lines().filter(l -> l.startsWith(strategy + " ")).findFirst().orElseThrow();
    }

    @Test
    void everyStrategyFindsTheOptimumAndTheTrueFrontsWithTheWholeTableAsBudget() {
        // the surrogate refits its ensemble all along 729 evaluations: the other three suffice
        CliRun r = bench(729, 2, "--strategies", "regularized,random,nsga2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(String.format(Locale.ROOT, "found the table's best (valid"
                + " %.4f): regularized 2/2, random 2/2, nsga2 2/2", best())), r.out());
        for (String s : STRATEGIES.subList(0, 3)) {
            assertTrue(row(r.out(), s).matches(s + " +[0-9.]+ ± 0.0000 +1.0000 ± 0.0000 +1.0000"
                    + " ± 0.0000 .*"), r.out());
        }
    }

    @Test
    void evolutionFindsTheOptimumWithAThirdOfTheTable() {
        CliRun r = bench(250, 3, "--strategies", "regularized,nsga2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("): regularized 3/3, nsga2 3/3"), r.out());
    }

    @Test
    void printedFiguresAndCurvesAreThoseOfTheRunsLogs() throws IOException {
        CliRun r = bench(40, 3, "--report-column", "test");
        assertEquals(0, r.code(), r.err());
        double ra = rows.values().stream().mapToDouble(x -> x[0]).min().orElseThrow();
        double[] rl = new double[2];
        double[] whole = new double[2];
        for (int d = 0; d < 2; d++) {
            int col = 2 + d;
            rl[d] = rows.values().stream().mapToDouble(x -> x[col]).max().orElseThrow();
            whole[d] = area(rows.values().stream().map(x -> new double[] {x[0], x[col]})
                    .toList(), ra, rl[d]);
        }
        assertTrue(r.out().contains(String.format(Locale.ROOT, "fast: accuracy %.4f, %.4f ms",
                ra, rl[0])), r.out());
        List<String> curves = Files.readAllLines(dir.resolve("out/curves.csv"));
        assertEquals("evaluations,regularized,random,nsga2,surrogate", curves.get(0));
        assertEquals(41, curves.size());
        String page = Files.readString(dir.resolve("out/report.html"));
        assertTrue(page.contains("Best valid so far") && page.contains("table's best"),
                "bench report with its chart");
        assertTrue(r.out().contains(dir.resolve("out/report.html") + " (best-so-far and regret"
                + " plots)"), r.out());
        assertTrue(page.contains("Budget regret on fast") && page.contains("Budget regret on slow"),
                "a regret chart per device");
        for (int si = 0; si < STRATEGIES.size(); si++) {
            String s = STRATEGIES.get(si);
            double[] best = new double[3];
            double[] test = new double[3];
            double[][] share = new double[2][3];
            double[] curveAt10 = new double[3];
            for (int seed = 1; seed <= 3; seed++) {
                List<double[]> points = new ArrayList<>();
                String bestArch = null;
                double b = Double.NEGATIVE_INFINITY;
                List<String> log = Files.readAllLines(dir.resolve("out/runs/" + s + "-" + seed
                        + "/evaluations.jsonl"));
                assertEquals(40, log.size());
                for (int i = 0; i < log.size(); i++) {
                    JsonNode n = JSON.readTree(log.get(i));
                    String arch = n.get("architecture").get("cell").asText();
                    double a = n.get("accuracy").asDouble();
                    assertEquals(rows.get(arch)[0], a, 0.0, arch);
                    points.add(new double[] {a, n.get("latency_ms").get("fast").asDouble(),
                        n.get("latency_ms").get("slow").asDouble()});
                    if (a > b) {
                        b = a;
                        bestArch = arch;
                    }
                    if (i == 9) {
                        curveAt10[seed - 1] = b;
                    }
                }
                best[seed - 1] = b;
                test[seed - 1] = rows.get(bestArch)[1];
                String run = s + "," + seed + ",";
                String line = Files.readAllLines(dir.resolve("out/summary.csv")).stream()
                        .filter(l -> l.startsWith(run)).findFirst()
                        .orElseThrow();
                String[] cells = line.split(",");
                for (int d = 0; d < 2; d++) {
                    assertEquals(regret(points, 1 + d, 2 + d),
                            Double.parseDouble(cells[cells.length - 2 + d]), 1e-5, line);
                }
                for (int d = 0; d < 2; d++) {
                    int col = 1 + d;
                    share[d][seed - 1] = area(points.stream().map(x -> new double[] {x[0],
                        x[col]}).toList(), ra, rl[d]) / whole[d];
                }
            }
            Matcher m = MEAN_SD.matcher(row(r.out(), s));
            List<String> printed = new ArrayList<>();
            while (m.find()) {
                printed.add(m.group());
            }
            assertEquals(List.of(meanSd(best), meanSd(share[0]), meanSd(share[1])), printed,
                    r.out());
            assertTrue(r.out().contains(s + " " + meanSd(test)), r.out());
            double curve = Double.parseDouble(curves.get(10).split(",")[si + 1]);
            assertEquals(Arrays.stream(curveAt10).sum() / 3, curve, 1e-6);
        }
        List<String> summary = Files.readAllLines(dir.resolve("out/summary.csv"));
        assertEquals("strategy,seed,evaluations,best_accuracy,best_arch,found_best,test,"
                + "hv_share_fast,hv_share_slow,regret_fast,regret_slow", summary.get(0));
        assertEquals(13, summary.size());
    }

    @Test
    void refusesWhatItCannotReplay() throws IOException {
        CliRun block = CliRun.tableBench("--space", Spaces.file("mnist-small").toString(),
                "--accuracy", accuracy.toString(), "--accuracy-column", "valid", "--latency",
                latency.toString());
        assertEquals(2, block.code(), "bad input");
        assertEquals("nas bench: bench replays recorded tables of cell spaces, but space"
                + " 'mnist-small' is a block-list space (compare strategies there with `nas"
                + " search-bench`)", block.err().strip());
        CliRun evaluator = bench(10, 2, "--evaluator", "synflow");
        assertEquals("nas bench: bench takes accuracy from --accuracy and latency from --latency,"
                + " so it takes no --evaluator, --evaluator-option, --predictor or"
                + " --recorded-latency", evaluator.err().strip());
        assertEquals("nas bench: bench runs every strategy of --strategies, so it takes no"
                + " --strategy", bench(10, 2, "--strategy", "random").err().strip());
        CliRun wholeSpace = CliRun.tableBench("--space", Spaces.file("nb201").toString(),
                "--accuracy", accuracy.toString(), "--accuracy-column", "valid", "--latency",
                latency.toString());
        assertEquals(2, wholeSpace.code(), "bad input");
        assertTrue(wholeSpace.err().startsWith("nas bench: " + accuracy + " lacks 14896 of the"
                + " 15625 architectures of the space (first: |none~0|+|none~0|"
                + "none~1|+|none~0|none~1|skip_connect~2|)"), wholeSpace.err());
        CliRun column = bench(10, 2, "--devices", "fast,medium");
        assertEquals("nas bench: " + latency + ":1: column 'medium' is missing; the table has"
                + " fast, slow", column.err().strip());
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/x"), "");
        CliRun used = bench(10, 2);
        assertEquals("nas bench: --out " + dir.resolve("out") + " must be a new or empty folder,"
                + " but holds files (an earlier bench?); choose another", used.err().strip());
    }
}
