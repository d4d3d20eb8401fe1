package io.jnas.supernet;

import static java.util.Objects.requireNonNull;

import io.jnas.accuracy.AccuracyEvaluator;
import io.jnas.arch.Architecture;
import io.jnas.space.SearchSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * How well an evaluator ranks subnets: rank correlation of its scores with a reference table's
 * standalone accuracies (the first seed's column), and the seconds it spends per subnet.
 *
 * <pre>{@code
 * Fidelity f = Fidelity.of(space, ReferenceTable.load(file));
 * String line = f.score(evaluator, "synflow");
 * }</pre>
 */
public final class Fidelity {

    /** Column heads of {@link #score}'s lines. */
    public static final String HEADER = String.format(Locale.ROOT, "%-44s %9s %9s %12s",
            "evaluator", "spearman", "kendall", "s/subnet");

    private final ReferenceTable table;
    private final List<Architecture> subnets;

    private Fidelity(ReferenceTable table, List<Architecture> subnets) {
        this.table = table;
        this.subnets = subnets;
    }

    /**
     * @throws IllegalArgumentException when a row's subnet is not in the space or its hash
     *     differs (the table was made for another space)
     */
    public static Fidelity of(SearchSpace space, ReferenceTable table) {
        requireNonNull(space, "space");
        List<Architecture> archs = new ArrayList<>();
        for (ReferenceTable.Row r : table.rows()) {
            Architecture a = space.resolve(r.choice());
            if (!a.hash().equals(r.hash())) {
                throw new IllegalArgumentException("reference row " + r.hash() + " must be a subnet"
                        + " of space '" + space.name() + "' with that hash, but resolves to "
                        + a.hash());
            }
            archs.add(a);
        }
        if (archs.size() < 3) {
            throw new IllegalArgumentException("reference table must have at least 3 rows, but had "
                    + archs.size());
        }
        return new Fidelity(table, archs);
    }

    /** Spearman's rho of two score vectors. */
    public static double spearman(double[] a, double[] b) {
        return new SpearmansCorrelation().correlation(a, b);
    }

    /** Kendall's tau-b of two score vectors. */
    public static double kendall(double[] a, double[] b) {
        return new KendallsCorrelation().correlation(a, b);
    }

    /** The reference's own seed-to-seed agreement over the rows trained with two seeds. */
    public String ceilingLine() {
        if (table.seeds().size() < 2) {
            return "ceiling: the table has one seed, so its own noise is not measured";
        }
        List<double[]> pairs = new ArrayList<>();
        for (ReferenceTable.Row r : table.rows()) {
            if (r.accuracy(0).isPresent() && r.accuracy(1).isPresent()) {
                pairs.add(new double[] {r.accuracies()[0], r.accuracies()[1]});
            }
        }
        if (pairs.size() < 3) {
            return "ceiling: fewer than 3 rows have a second seed";
        }
        double[] a = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] b = pairs.stream().mapToDouble(p -> p[1]).toArray();
        return String.format(Locale.ROOT, "%-44s %9.3f %9.3f %12s",
                "ceiling: seed " + table.seeds().get(0) + " vs seed " + table.seeds().get(1)
                        + " (" + pairs.size() + " subnets)", spearman(a, b), kendall(a, b), "-");
    }

    /**
     * The zero-cost baselines every evaluator must beat to be worth its seconds: the rows'
     * parameter count and multiply-accumulates, ranked against the reference as they are.
     */
    public List<String> sizeLines() {
        double[] all = table.accuracies(0);
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < all.length; i++) {
            ReferenceTable.Row r = table.rows().get(i);
            if (!Double.isNaN(all[i])) {
                kept.add(new double[] {all[i], r.params(), r.macs()});
            }
        }
        if (kept.size() < 3) {
            return List.of();
        }
        double[] t = kept.stream().mapToDouble(k -> k[0]).toArray();
        String n = kept.size() < all.length ? " [" + kept.size() + " rows]" : "";
        List<String> out = new ArrayList<>();
        for (int c = 1; c <= 2; c++) {
            int col = c;
            double[] m = kept.stream().mapToDouble(k -> k[col]).toArray();
            out.add(String.format(Locale.ROOT, "%-44s %9.3f %9.3f %12s",
                    (c == 1 ? "params (no evaluation)" : "macs (no evaluation)") + n,
                    spearman(t, m), kendall(t, m), "0"));
        }
        return out;
    }

    /**
     * Scores every row the reference has trained with {@code e} (or takes the score from
     * {@code cache}, where an earlier run of the same label stored it) and formats one line of
     * the side-by-side table; rows the reference has not trained yet are skipped.
     */
    public String score(AccuracyEvaluator e, String label, ScoreCache cache) {
        double[] all = table.accuracies(0);
        List<Double> truth = new ArrayList<>();
        List<Double> mine = new ArrayList<>();
        List<Double> took = new ArrayList<>();
        for (int i = 0; i < all.length; i++) {
            if (Double.isNaN(all[i])) {
                continue;
            }
            Architecture a = subnets.get(i);
            double[] known = cache.get(label, a.hash());
            if (known == null) {
                long t0 = System.nanoTime();
                double score = e.evaluate(a);
                known = new double[] {score, (System.nanoTime() - t0) / 1e9};
                cache.put(label, a.hash(), known[0], known[1]);
            }
            truth.add(all[i]);
            mine.add(known[0]);
            took.add(known[1]);
        }
        if (truth.size() < 3) {
            throw new IllegalStateException("the reference must have at least 3 trained rows, but"
                    + " had " + truth.size());
        }
        String n = truth.size() < all.length ? " [" + truth.size() + " rows]" : "";
        double[] seconds = took.stream().mapToDouble(Double::doubleValue).toArray();
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        double[] t = truth.stream().mapToDouble(Double::doubleValue).toArray();
        double[] m = mine.stream().mapToDouble(Double::doubleValue).toArray();
        return String.format(Locale.ROOT, "%-44s %9.3f %9.3f %12.4f", label + n, spearman(t, m),
                kendall(t, m), median);
    }
}
