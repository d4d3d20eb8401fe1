package io.jnas.profile;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders a {@link SpaceProfile} as the human report of {@code nas profile}. */
public final class ProfileText {

    private ProfileText() {
    }

    public static void write(SpaceProfile p, PrintWriter out) {
        out.printf("Search space %s (hash %s): input %s, %d classes, %d stages%n", p.name(),
                p.spaceHash(), p.input(), p.classes(), p.stages().size());
        out.printf("Size: %s subnets (%s)%n%n", p.size(), approx(p.size()));

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"subnet", "params", "MFLOPs", "peak act.", "blocks", "hash"});
        for (SubnetProfile s : p.subnets()) {
            rows.add(new String[] {s.label(), count(s.params()),
                    String.format(Locale.ROOT, "%.2f", s.flops() / 1e6),
                    bytes(s.peakActivationBytes()), Integer.toString(s.blocks()), s.hash()});
        }
        table(rows, "lrrrrl", out);
        for (SubnetProfile s : p.subnets()) {
            out.printf("  %-9s %s%n", s.label(), s.summary());
        }

        out.printf("%nChoices per stage (counts = depth/channels/kernel/expand/activation/se;"
                + " per block = kernel x expand x activation):%n");
        rows = new ArrayList<>();
        rows.add(new String[] {"stage", "stride", "depth", "channels", "kernel", "expand", "se",
            "activation", "counts", "per block", "subnets"});
        for (StageProfile s : p.stages()) {
            rows.add(new String[] {Integer.toString(s.index()), Integer.toString(s.stride()),
                join(s.depth()), join(s.channels()), join(s.kernel()), join(s.expand()),
                seChoices(s.se()), join(s.activation()), s.choiceCounts(),
                Long.toString(s.blockChoices()), s.subnets().toString()});
        }
        table(rows, "lrllllllrrr", out);

        if (!p.constraints().isEmpty()) {
            out.printf("%nConstraints (K, M, G = x1000; memory = peak activation bytes):%n");
            for (ConstraintCheck c : p.constraints()) {
                String limit = c.constraint().metric() + " <= " + show(c.constraint().metric(),
                        c.constraint().limit());
                out.printf("  %-22s satisfiable: %-3s  lowest in space %s; met by %s%n", limit,
                        c.satisfiable() ? "yes" : "no", show(c.constraint().metric(), c.lowest()),
                        c.satisfiedBy().isEmpty() ? "none of min/centroid/max"
                                : String.join(", ", c.satisfiedBy()));
            }
            out.printf("  min subnet meets all constraints: %s%n", p.minMeetsAll() ? "yes" : "no");
        }
        out.flush();
    }

    /** Columns padded to their widest cell; {@code align} has 'l' or 'r' per column. */
    static void table(List<String[]> rows, String align, PrintWriter out) {
        int[] width = new int[align.length()];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String pad = " ".repeat(width[i] - r[i].length());
                line.append(i == 0 ? "" : "  ")
                        .append(align.charAt(i) == 'r' ? pad + r[i] : r[i] + pad);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** A value of a metric in the report's units. */
    static String show(CostMetric m, long v) {
        return m == CostMetric.MEMORY ? bytes(v) : count(v);
    }

    /** 3 significant digits with K, M, G (x1000); exact below 1000. */
    static String count(long v) {
        if (v < 1000) {
            return Long.toString(v);
        }
        String[] units = {"K", "M", "G", "T"};
        double x = v;
        int u = -1;
        while (x >= 1000 && u < units.length - 1) {
            x /= 1000;
            u++;
        }
        return new BigDecimal(x).round(new MathContext(3)).stripTrailingZeros().toPlainString()
                + units[u];
    }

    static String bytes(long v) {
        return v < 1000 ? v + " B" : count(v) + "B";
    }

    /** Scientific form of a (possibly huge) count, e.g. "~6.05e3". */
    static String approx(BigInteger n) {
        BigDecimal d = new BigDecimal(n).round(new MathContext(3));
        int exponent = d.precision() - d.scale() - 1;
        BigDecimal mantissa = d.movePointLeft(exponent).stripTrailingZeros();
        return "~" + mantissa.toPlainString() + "e" + exponent;
    }

    private static String seChoices(List<Boolean> se) {
        return se.stream().map(b -> b ? "yes" : "no").collect(Collectors.joining(","));
    }

    private static String join(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
