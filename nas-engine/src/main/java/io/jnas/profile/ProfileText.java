package io.jnas.profile;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
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

        out.printf("%-9s %9s %9s %12s %7s  %s%n", "subnet", "params", "MFLOPs", "peak act.",
                "blocks", "hash");
        for (SubnetProfile s : p.subnets()) {
            out.printf(Locale.ROOT, "%-9s %9s %9.2f %12s %7d  %s%n", s.label(), count(s.params()),
                    s.flops() / 1e6, bytes(s.peakActivationBytes()), s.blocks(), s.hash());
        }
        for (SubnetProfile s : p.subnets()) {
            out.printf("  %-9s %s%n", s.label(), s.summary());
        }

        out.printf("%nChoices per stage (per block = kernel x expand x activation):%n");
        out.printf("%-5s %6s %-9s %-16s %-8s %-8s %-6s %-38s %8s %10s%n", "stage", "stride",
                "depth", "channels", "kernel", "expand", "se", "activation", "perblock", "subnets");
        for (StageProfile s : p.stages()) {
            out.printf("%-5d %6d %-9s %-16s %-8s %-8s %-6s %-38s %8d %10s%n", s.index(), s.stride(),
                    join(s.depth()), join(s.channels()), join(s.kernel()), join(s.expand()),
                    seChoices(s.se()), join(s.activation()), s.blockChoices(), s.subnets());
        }

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
