package io.jnas.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jnas.cell.CellNetwork;
import io.jnas.cell.CellOp;
import io.jnas.codec.CellCodec;
import io.jnas.cost.StaticCost;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code nas profile} of a cell space (NAS-Bench-201): its fewest-parameter, centroid and
 * largest cells with their static cost, the number of cells, and whether each constraint can be
 * met (exactly: every cell is costed).
 *
 * <pre>{@code CellProfile.of(CellCodec.of(CellSpace.load(file)), constraints).write(out);}</pre>
 */
public record CellProfile(CellCodec codec, Map<String, CellNetwork> subnets,
        List<ConstraintCheck> constraints) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    public static CellProfile of(CellCodec codec, List<Constraint> constraints) {
        CellNetwork min = codec.space().cells().stream().map(codec.space()::network)
                .min(Comparator.comparingLong((CellNetwork n) -> codec.cost(n).params())
                        .thenComparingLong(n -> codec.cost(n).flops()))
                .orElseThrow();
        Map<String, CellNetwork> subnets = new LinkedHashMap<>();
        subnets.put("min", min);
        subnets.put("centroid", codec.reference());
        subnets.put("max", codec.largest());
        List<ConstraintCheck> checks = new ArrayList<>();
        for (Constraint c : constraints) {
            long lowest = LowestCost.of(codec, c.metric());
            List<String> by = new ArrayList<>();
            subnets.forEach((label, n) -> {
                if (c.admits(c.metric().of(codec.cost(n)))) {
                    by.add(label);
                }
            });
            checks.add(new ConstraintCheck(c, lowest, c.admits(lowest), by));
        }
        return new CellProfile(codec, subnets, checks);
    }

    /** The human report. */
    public void write(PrintWriter out) {
        var skeleton = codec.space().skeleton();
        out.printf(Locale.ROOT, "Search space %s (hash %s): NAS-Bench-201 cells, input %s, %d"
                + " classes, %d cell(s) per stage, channels %s%n", codec.spaceName(),
                codec.spaceHash(), skeleton.input(), skeleton.classes(), skeleton.cellsPerStage(),
                skeleton.channels());
        out.printf(Locale.ROOT, "Ops: %s%nSize: %d cells%n%n", String.join(", ",
                codec.space().ops().stream().map(CellOp::id).toList()), codec.space().size());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"subnet", "params", "MFLOPs", "peak act.", "hash"});
        subnets.forEach((label, n) -> {
            StaticCost c = codec.cost(n);
            rows.add(new String[] {label, ProfileText.count(c.params()),
                String.format(Locale.ROOT, "%.2f", c.flops() / 1e6),
                ProfileText.bytes(c.peakActivationBytes()), n.hash()});
        });
        ProfileText.table(rows, "lrrrl", out);
        subnets.forEach((label, n) -> out.printf("  %-9s %s%n", label, n.cell()));
        if (!constraints.isEmpty()) {
            out.printf("%nConstraints (K, M, G = x1000; memory = peak activation bytes):%n");
            for (ConstraintCheck c : constraints) {
                out.printf("  %-22s satisfiable: %-3s  lowest in space %s; met by %s%n",
                        c.constraint().metric() + " <= " + ProfileText.show(c.constraint()
                                .metric(), c.constraint().limit()), c.satisfiable() ? "yes" : "no",
                        ProfileText.show(c.constraint().metric(), c.lowest()),
                        c.satisfiedBy().isEmpty() ? "none of min/centroid/max"
                                : String.join(", ", c.satisfiedBy()));
            }
        }
        out.flush();
    }

    /** The machine form: space, hash, size, the three cells with their cost, constraints. */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("space", codec.spaceName());
        root.put("spaceHash", codec.spaceHash());
        root.put("kind", "nas-bench-201");
        root.put("size", Integer.toString(codec.space().size()));
        Map<String, Object> subnetsJson = new LinkedHashMap<>();
        subnets.forEach((label, n) -> {
            StaticCost c = codec.cost(n);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hash", n.hash());
            m.put("cell", n.cell().toString());
            m.put("params", c.params());
            m.put("macs", c.macs());
            m.put("flops", c.flops());
            m.put("peakActivationBytes", c.peakActivationBytes());
            subnetsJson.put(label, m);
        });
        root.put("subnets", subnetsJson);
        List<Map<String, Object>> checks = new ArrayList<>();
        for (ConstraintCheck c : constraints) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("metric", c.constraint().metric().id());
            m.put("limit", c.constraint().limit());
            m.put("lowest", c.lowest());
            m.put("satisfiable", c.satisfiable());
            m.put("satisfiedBy", c.satisfiedBy());
            checks.add(m);
        }
        root.put("constraints", checks);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the profile as JSON", e);
        }
    }
}
