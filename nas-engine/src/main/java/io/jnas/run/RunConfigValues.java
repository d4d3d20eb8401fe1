package io.jnas.run;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Typed, checked access to merged config keys; every message says where a value came from. */
final class RunConfigValues {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern QUANTITY =
            Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*([kKMG]?)");

    private final Map<String, Object> values;
    private final Function<String, String> where;

    RunConfigValues(Map<String, Object> values, Function<String, String> where) {
        this.values = values;
        this.where = where;
    }

    RunConfig toConfig() {
        int population = integer("population", 2, 100_000);
        List<String> devices = names("devices");
        RunConfig c = new RunConfig(
                values.get("name") == null ? null : name("name"),
                text("space"),
                choice("strategy", RunConfig.STRATEGIES),
                integer("evaluations", 1, 10_000_000),
                population,
                sampleSize(population),
                probability("mutation"),
                probability("crossover"),
                longValue("seed"),
                text("evaluator"),
                options("evaluator-options"),
                devices,
                choice("predictor", List.of("table", "flops", "recorded")),
                coefficients("flops-coefficients", devices),
                choice("fitness", List.of("mnasnet", "pareto")),
                perDevice("target-ms", devices),
                w(),
                choice("mnasnet-mode", List.of("soft", "hard")),
                extraObjectives(),
                perDevice("max-latency-ms", devices),
                quantity("max-params"),
                quantity("max-flops"),
                quantity("max-memory"),
                integer("checkpoint-every", 1, 1_000_000),
                integer("max-proposals", 1, 10_000_000),
                values.get("space-hash") == null ? null : text("space-hash"),
                values.get("recorded-latency") == null ? null : text("recorded-latency"),
                integer("child-batch", 1, population),
                bool("async"));
        if (!c.strategy().equals("regularized") && (c.childBatch() != 1 || c.async())) {
            throw new RunConfigException(where.apply(c.async() ? "async" : "child-batch")
                    + " applies to strategy regularized (nsga2 sends each generation as one"
                    + " batch, random search any number), so it must be "
                    + (c.async() ? "false" : "1") + " for strategy " + c.strategy() + ", but was "
                    + (c.async() ? "true" : c.childBatch()));
        }
        if (c.async() && c.childBatch() != 1) {
            throw new RunConfigException(where.apply("child-batch") + " must be 1 with "
                    + where.apply("async") + " (each finished evaluation starts one child),"
                    + " but was " + c.childBatch());
        }
        if (c.predictor().equals("flops")) {
            for (String d : devices) {
                if (!c.flopsCoefficients().containsKey(d)) {
                    throw new RunConfigException(where.apply("predictor") + " is flops, so "
                            + where.apply("flops-coefficients") + " must give every device's"
                            + " coefficients, but device '" + d + "' has none");
                }
            }
        }
        if (c.predictor().equals("recorded") && c.recordedLatency() == null) {
            throw new RunConfigException(where.apply("predictor") + " is recorded, so "
                    + where.apply("recorded-latency") + " must name the CSV of recorded latencies,"
                    + " but was missing");
        }
        return c;
    }

    private RunConfigException fail(String key, String rule, Object was) {
        return new RunConfigException(where.apply(key) + " " + rule + ", but was " + was);
    }

    private RunConfigException fail(String key, String rule) {
        return fail(key, rule, show(values.get(key)));
    }

    private static String show(Object v) {
        if (v == null) {
            return "missing";
        }
        String s = v instanceof String ? "'" + v + "'" : String.valueOf(v);
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    private String text(String key) {
        Object v = values.get(key);
        if (!(v instanceof String s) || s.isBlank()) {
            throw fail(key, "must be a non-empty string");
        }
        return s.trim();
    }

    private String name(String key) {
        String s = text(key);
        if (!NAME.matcher(s).matches()) {
            throw fail(key, "must be letters, digits, '.', '_' or '-' (not starting with"
                    + " '.', '_' or '-')");
        }
        return s;
    }

    private String choice(String key, List<String> allowed) {
        Object v = values.get(key);
        if (!(v instanceof String s) || !allowed.contains(s.trim())) {
            throw fail(key, "must be one of " + String.join(", ", allowed));
        }
        return s.trim();
    }

    /**
     * The tournament sample: P/4 when no layer sets it. A sample from a file that a smaller
     * {@code --population} flag no longer admits gets one message naming both origins.
     */
    private int sampleSize(int population) {
        Object v = values.get("sample-size");
        if (v == null) {
            return Math.max(1, population / 4);
        }
        boolean fromAnotherLayer = !where.apply("sample-size").startsWith("--")
                && where.apply("population").startsWith("--");
        if (v instanceof Integer i && i > population && fromAnotherLayer) {
            throw fail("sample-size", "must be at most the population " + population + " ("
                    + where.apply("population") + "); set --sample-size too (P/4 = "
                    + Math.max(1, population / 4) + ")", v);
        }
        return integer("sample-size", 1, population);
    }

    private int integer(String key, int min, int max) {
        Object v = values.get(key);
        if (!(v instanceof Integer i) || i < min || i > max) {
            throw fail(key, "must be an integer in [" + min + ", " + max + "]");
        }
        return i;
    }

    private boolean bool(String key) {
        Object v = values.get(key);
        if (!(v instanceof Boolean b)) {
            throw fail(key, "must be true or false", show(v));
        }
        return b;
    }

    private long longValue(String key) {
        Object v = values.get(key);
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Long l) {
            return l;
        }
        throw fail(key, "must be an integer");
    }

    private double number(String key, Object v) {
        if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        throw fail(key, "must be a number", show(v));
    }

    private double probability(String key) {
        double p = number(key, values.get(key));
        if (p < 0 || p > 1) {
            throw fail(key, "must be a probability in [0, 1]");
        }
        return p;
    }

    private double w() {
        double w = number("w", values.get("w"));
        if (w > 0) {
            throw fail("w", "must be <= 0 (a latency penalty)");
        }
        return w;
    }

    /** A positive count, optionally with suffix k, M or G (powers of 1000); null when absent. */
    private Long quantity(String key) {
        Object v = values.get(key);
        if (v == null) {
            return null;
        }
        String rule = "must be an integer > 0, optionally with suffix k, M or G (x1000)";
        if (v instanceof Integer || v instanceof Long) {
            long n = ((Number) v).longValue();
            if (n <= 0) {
                throw fail(key, rule);
            }
            return n;
        }
        Matcher m = v instanceof String s ? QUANTITY.matcher(s.trim()) : null;
        if (m == null || !m.matches()) {
            throw fail(key, rule);
        }
        BigDecimal n = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(switch (m.group(2)) {
            case "k", "K" -> 1_000L;
            case "M" -> 1_000_000L;
            case "G" -> 1_000_000_000L;
            default -> 1L;
        }));
        if (n.signum() <= 0 || n.stripTrailingZeros().scale() > 0) {
            throw fail(key, rule);
        }
        return n.longValueExact();
    }

    private List<String> names(String key) {
        Object v = values.get(key);
        List<Object> items = new ArrayList<>();
        if (v instanceof String s) {
            for (String part : s.split(",")) {
                items.add(part.trim());
            }
        } else if (v instanceof List<?> l) {
            items.addAll(l);
        }
        List<String> out = new ArrayList<>();
        for (Object o : items) {
            if (!(o instanceof String s) || !NAME.matcher(s).matches() || out.contains(s)) {
                throw fail(key, "must be a non-empty list of distinct device names (letters,"
                        + " digits, '.', '_', '-')");
            }
            out.add(s);
        }
        if (out.isEmpty()) {
            throw fail(key, "must be a non-empty list of distinct device names (letters,"
                    + " digits, '.', '_', '-')");
        }
        return out;
    }

    private Map<?, ?> map(String key) {
        Object v = values.get(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw fail(key, "must be a mapping");
        }
        return m;
    }

    private Map<String, String> options(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        map(key).forEach((k, v) -> {
            if (v instanceof Map<?, ?> || v instanceof List<?> || v == null) {
                throw fail(key, "must map option names to single values", k + ": " + show(v));
            }
            out.put(String.valueOf(k), String.valueOf(v));
        });
        return out;
    }

    private Map<String, Double> perDevice(String key, List<String> devices) {
        Map<String, Double> out = new LinkedHashMap<>();
        map(key).forEach((k, v) -> {
            if (!devices.contains(String.valueOf(k))) {
                throw fail(key, "must name only devices of the run " + devices, "'" + k + "'");
            }
            double ms = number(key, v);
            if (!(ms > 0)) {
                throw fail(key, "must give milliseconds > 0 per device", k + ": " + show(v));
            }
            out.put(String.valueOf(k), ms);
        });
        return out;
    }

    private Map<String, List<Double>> coefficients(String key, List<String> devices) {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        String rule = "must map each device to {ms-per-mmac: >= 0, offset-ms: number}";
        map(key).forEach((k, v) -> {
            if (!devices.contains(String.valueOf(k))) {
                throw fail(key, "must name only devices of the run " + devices, "'" + k + "'");
            }
            if (!(v instanceof Map<?, ?> m) || m.size() != 2 || !m.containsKey("ms-per-mmac")
                    || !m.containsKey("offset-ms")) {
                throw fail(key, rule, k + ": " + show(v));
            }
            double slope = number(key, m.get("ms-per-mmac"));
            if (slope < 0) {
                throw fail(key, rule, k + ": " + show(v));
            }
            out.put(String.valueOf(k), List.of(slope, number(key, m.get("offset-ms"))));
        });
        return out;
    }

    private List<String> extraObjectives() {
        String key = "extra-objectives";
        Object v = values.get(key);
        List<Object> items = v instanceof List<?> l ? new ArrayList<>(l)
                : v instanceof String s && !s.isBlank() ? new ArrayList<>(List.of(s.split(",")))
                : v instanceof String ? new ArrayList<>() : null;
        if (items == null) {
            throw fail(key, "must be a list of params, flops");
        }
        List<String> out = new ArrayList<>();
        for (Object o : items) {
            String s = String.valueOf(o).trim().toLowerCase(Locale.ROOT);
            if (!List.of("params", "flops").contains(s) || out.contains(s)) {
                throw fail(key, "must be a list of distinct values among params, flops");
            }
            out.add(s);
        }
        return out;
    }
}
