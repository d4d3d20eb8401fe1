package io.jnas.run;

import io.jnas.profile.Quantity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Typed, checked access to merged config keys; every message says where a value came from. */
final class RunConfigValues {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Map<String, Object> values;
    private final Function<String, String> where;
    private final Map<RunKey, Object> parsed = new EnumMap<>(RunKey.class);

    RunConfigValues(Map<String, Object> values, Function<String, String> where) {
        this.values = values;
        this.where = where;
    }

    /** The checked value of a key parsed already (keys are parsed in table order). */
    @SuppressWarnings("unchecked")
    <T> T parsed(RunKey key) {
        return (T) parsed.get(key);
    }

    /** Null when no layer sets the key, else what {@code read} makes of it. */
    <T> T optional(String key, Function<String, T> read) {
        return values.get(key) == null ? null : read.apply(key);
    }

    RunConfig toConfig() {
        for (RunKey k : RunKey.values()) {
            parsed.put(k, k.parse(this));
        }
        RunConfig c = new RunConfig(parsed(RunKey.NAME), parsed(RunKey.SPACE),
                parsed(RunKey.STRATEGY), parsed(RunKey.EVALUATIONS), parsed(RunKey.POPULATION),
                parsed(RunKey.SAMPLE_SIZE), parsed(RunKey.MUTATION), parsed(RunKey.CROSSOVER),
                parsed(RunKey.SEED), parsed(RunKey.EVALUATOR), parsed(RunKey.EVALUATOR_OPTIONS),
                parsed(RunKey.DEVICES), parsed(RunKey.PREDICTOR),
                parsed(RunKey.FLOPS_COEFFICIENTS), parsed(RunKey.FITNESS),
                parsed(RunKey.TARGET_MS), parsed(RunKey.W), parsed(RunKey.MNASNET_MODE),
                parsed(RunKey.EXTRA_OBJECTIVES), parsed(RunKey.MAX_LATENCY_MS),
                parsed(RunKey.MAX_PARAMS), parsed(RunKey.MAX_FLOPS), parsed(RunKey.MAX_MEMORY),
                parsed(RunKey.CHECKPOINT_EVERY), parsed(RunKey.MAX_PROPOSALS),
                parsed(RunKey.SPACE_HASH), parsed(RunKey.RECORDED_LATENCY),
                parsed(RunKey.CHILD_BATCH), parsed(RunKey.ASYNC));
        List<String> devices = c.devices();
        if (c.strategy() != Strategy.REGULARIZED && (c.childBatch() != 1 || c.async())) {
            throw new RunConfigException(at(c.async() ? RunKey.ASYNC : RunKey.CHILD_BATCH)
                    + " applies to strategy regularized (nsga2 sends each generation as one"
                    + " batch, random search any number), so it must be "
                    + (c.async() ? "false" : "1") + " for strategy " + c.strategy() + ", but was "
                    + (c.async() ? "true" : c.childBatch()));
        }
        if (c.async() && c.childBatch() != 1) {
            throw new RunConfigException(at(RunKey.CHILD_BATCH) + " must be 1 with "
                    + at(RunKey.ASYNC) + " (each finished evaluation starts one child),"
                    + " but was " + c.childBatch());
        }
        if (c.predictor() == PredictorKind.FLOPS) {
            for (String d : devices) {
                if (!c.flopsCoefficients().containsKey(d)) {
                    throw new RunConfigException(at(RunKey.PREDICTOR) + " is flops, so "
                            + at(RunKey.FLOPS_COEFFICIENTS) + " must give every device's"
                            + " coefficients, but device '" + d + "' has none");
                }
            }
        }
        if (c.predictor() == PredictorKind.RECORDED && c.recordedLatency() == null) {
            throw new RunConfigException(at(RunKey.PREDICTOR) + " is recorded, so "
                    + at(RunKey.RECORDED_LATENCY) + " must name the CSV of recorded latencies,"
                    + " but was missing");
        }
        return c;
    }

    /** How messages name a key: "file: key" or "--key". */
    private String at(RunKey key) {
        return where.apply(key.key());
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

    String text(String key) {
        Object v = values.get(key);
        if (!(v instanceof String s) || s.isBlank()) {
            throw fail(key, "must be a non-empty string");
        }
        return s.trim();
    }

    String name(String key) {
        String s = text(key);
        if (!NAME.matcher(s).matches()) {
            throw fail(key, "must be letters, digits, '.', '_' or '-' (not starting with"
                    + " '.', '_' or '-')");
        }
        return s;
    }

    <E extends Enum<E> & ConfigChoice> E choice(String key, Class<E> type) {
        Optional<E> e = values.get(key) instanceof String s ? ConfigChoice.find(type, s.trim())
                : Optional.empty();
        return e.orElseThrow(() -> fail(key, "must be one of "
                + String.join(", ", ConfigChoice.keys(type))));
    }

    /**
     * The tournament sample: P/4 when no layer sets it. A sample from a file that a smaller
     * {@code --population} flag no longer admits gets one message naming both origins.
     */
    int sampleSize(String key) {
        int population = parsed(RunKey.POPULATION);
        Object v = values.get(key);
        if (v == null) {
            return Math.max(1, population / 4);
        }
        boolean fromAnotherLayer = !at(RunKey.SAMPLE_SIZE).startsWith("--")
                && at(RunKey.POPULATION).startsWith("--");
        if (v instanceof Integer i && i > population && fromAnotherLayer) {
            throw fail(key, "must be at most the population " + population + " ("
                    + at(RunKey.POPULATION) + "); set --sample-size too (P/4 = "
                    + Math.max(1, population / 4) + ")", v);
        }
        return integer(key, 1, population);
    }

    int integer(String key, int min, int max) {
        Object v = values.get(key);
        if (!(v instanceof Integer i) || i < min || i > max) {
            throw fail(key, "must be an integer in [" + min + ", " + max + "]");
        }
        return i;
    }

    boolean bool(String key) {
        Object v = values.get(key);
        if (!(v instanceof Boolean b)) {
            throw fail(key, "must be true or false", show(v));
        }
        return b;
    }

    long longValue(String key) {
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

    double probability(String key) {
        double p = number(key, values.get(key));
        if (p < 0 || p > 1) {
            throw fail(key, "must be a probability in [0, 1]");
        }
        return p;
    }

    double w(String key) {
        double w = number(key, values.get(key));
        if (w > 0) {
            throw fail(key, "must be <= 0 (a latency penalty)");
        }
        return w;
    }

    /** A count > 0 as {@link Quantity} reads it (B only for a byte size); null when absent. */
    Long quantity(String key, boolean bytes) {
        Object v = values.get(key);
        if (v == null) {
            return null;
        }
        Optional<Long> n;
        try {
            n = v instanceof Integer || v instanceof Long ? Optional.of(((Number) v).longValue())
                    : v instanceof String s ? Quantity.parse(s, bytes) : Optional.empty();
        } catch (ArithmeticException e) {
            n = Optional.empty();
        }
        if (n.isEmpty() || n.get() <= 0) {
            throw fail(key, "must be " + Quantity.FORM + ", and > 0");
        }
        return n.get();
    }

    List<String> names(String key) {
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

    Map<String, String> options(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        map(key).forEach((k, v) -> {
            if (v instanceof Map<?, ?> || v instanceof List<?> || v == null) {
                throw fail(key, "must map option names to single values", k + ": " + show(v));
            }
            out.put(String.valueOf(k), String.valueOf(v));
        });
        return out;
    }

    Map<String, Double> perDevice(String key) {
        List<String> devices = parsed(RunKey.DEVICES);
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

    Map<String, List<Double>> coefficients(String key) {
        List<String> devices = parsed(RunKey.DEVICES);
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

    List<String> extraObjectives(String key) {
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
