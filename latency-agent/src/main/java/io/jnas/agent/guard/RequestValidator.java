package io.jnas.agent.guard;

import static java.util.Objects.requireNonNull;

import io.jnas.agent.profiler.ComputeDevice;
import io.jnas.agent.profiler.EngineStatus;
import io.jnas.agent.profiler.Precision;
import io.jnas.agent.timing.TimingProtocol;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks measurement settings against this agent and its limits, and fills in the defaults.
 * Field names in messages are those of the {@code .proto}, so a client knows what to change.
 * Values outside what any agent accepts are {@code INVALID}; values another agent could serve
 * (another engine, device, thread count or dtype) are {@code UNSUPPORTED_HERE}.
 *
 * <p>Work and memory of op keys and architectures are checked by {@link WorkValidator}.
 */
public final class RequestValidator {

    private static final double MAX_CV_CEILING = 10;

    private final RequestLimits limits;
    private final TimingProtocol defaults;
    private final String engine;
    private final ComputeDevice device;
    private final int threads;
    private final Set<Precision> precisions;
    private final List<EngineStatus> engines;

    /**
     * @param engines every engine the product knows, with its status here (for messages)
     */
    public RequestValidator(RequestLimits limits, TimingProtocol defaults, String engine,
            ComputeDevice device, int threads, Set<Precision> precisions,
            List<EngineStatus> engines) {
        this.limits = requireNonNull(limits, "limits");
        this.defaults = requireNonNull(defaults, "defaults");
        this.engine = requireNonNull(engine, "engine");
        this.device = requireNonNull(device, "device");
        this.threads = threads;
        this.precisions = Set.copyOf(precisions);
        this.engines = List.copyOf(engines);
    }

    public RequestLimits limits() {
        return limits;
    }

    /**
     * Checked settings with defaults filled in.
     *
     * @throws RequestRejectedException naming the first field at fault
     */
    public ProfileSettings settings(RequestedSettings r) {
        requireNonNull(r, "settings");
        checkEngine(r.engine());
        checkDevice(r.device());
        int batch = r.batch() == 0 ? 1 : r.batch();
        range("settings.batch", batch, 1, limits.maxBatch());
        Precision precision = precision(r.dtype());
        if (r.threads() < 0) {
            throw RequestRejectedException.invalid(
                    "settings.threads must be >= 0 (0 = the agent's), but was " + r.threads());
        }
        if (r.threads() != 0 && r.threads() != threads) {
            throw unsupported("settings.threads must be 0 or this agent's fixed thread count "
                    + threads + ", but was " + r.threads() + " (PyTorch fixes its thread count"
                    + " once per process: start an agent with --threads " + r.threads() + ")");
        }
        int warmup = r.warmup() == null ? defaults.warmup() : r.warmup();
        range("settings.warmup", warmup, 0, limits.maxWarmup());
        int reps = r.repetitions() == 0 ? defaults.repetitions() : r.repetitions();
        range("settings.repetitions", reps, 1, limits.maxRepetitions());
        int rounds = r.rounds() == 0 ? defaults.rounds() : r.rounds();
        range("settings.rounds", rounds, 1, limits.maxRounds());
        double maxCv = r.maxCv() == 0 ? defaults.maxCv() : r.maxCv();
        if (!(maxCv > 0 && maxCv <= MAX_CV_CEILING)) {
            throw RequestRejectedException.invalid("settings.max_cv must be in (0, "
                    + MAX_CV_CEILING + "] (0 = the agent's default), but was " + r.maxCv());
        }
        int remeasure = r.maxRemeasure() == null ? defaults.maxRemeasure() : r.maxRemeasure();
        range("settings.max_remeasure", remeasure, 0, limits.maxRemeasure());
        return new ProfileSettings(engine, device.id(), batch, precision, threads,
                new TimingProtocol(warmup, reps, rounds, maxCv, remeasure));
    }

    private void checkEngine(String requested) {
        if (requested.isEmpty() || requested.equals(engine)) {
            return;
        }
        Optional<EngineStatus> known = engines.stream()
                .filter(e -> e.engine().equals(requested)).findFirst();
        if (known.isEmpty()) {
            throw RequestRejectedException.invalid("settings.engine must be one of "
                    + engines.stream().map(EngineStatus::engine).collect(Collectors.joining(", "))
                    + ", but was '" + SafeText.clip(requested) + "'");
        }
        String why = known.get().available() ? "this agent measures with " + engine
                : known.get().reason();
        throw unsupported("settings.engine " + requested + " is not available on this agent: "
                + why);
    }

    private void checkDevice(String requested) {
        if (requested.isEmpty()) {
            return;
        }
        ComputeDevice d;
        try {
            d = ComputeDevice.parse(requested);
        } catch (IllegalArgumentException e) {
            throw RequestRejectedException.invalid("settings.device must be cpu, cuda or cuda:N,"
                    + " but was '" + SafeText.clip(requested) + "'");
        }
        if (!d.equals(device)) {
            throw unsupported("settings.device must be this agent's device " + device
                    + ", but was " + d + " (each agent measures on one device; start one with"
                    + " --device " + d + " where that device exists)");
        }
    }

    private Precision precision(String dtype) {
        if (dtype.isEmpty()) {
            return Precision.FLOAT32;
        }
        Precision p = Precision.parse(dtype.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                RequestRejectedException.invalid("settings.dtype must be one of "
                        + Arrays.stream(Precision.values()).map(Precision::id)
                                .collect(Collectors.joining(", "))
                        + ", but was '" + SafeText.clip(dtype) + "'"));
        if (!precisions.contains(p)) {
            throw unsupported("settings.dtype " + p + " is not supported on " + device
                    + " (supported: " + precisions.stream().map(Precision::id).sorted()
                            .collect(Collectors.joining(", ")) + "); float16 needs a cuda agent");
        }
        return p;
    }

    static void range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw RequestRejectedException.invalid(
                    field + " must be in [" + min + ", " + max + "], but was " + value);
        }
    }

    private static RequestRejectedException unsupported(String message) {
        return new RequestRejectedException(RequestRejectedException.Reason.UNSUPPORTED_HERE,
                message);
    }
}
