package io.jnas.agent.profiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The engines this agent can measure with (found through {@link ServiceLoader}) and those the
 * product knows but this build lacks, each reported with its reason rather than as a crash.
 *
 * <pre>{@code ProfilerProvider p = ProfilerRegistry.load().provider("pytorch").orElseThrow();}</pre>
 */
public final class ProfilerRegistry {

    /** Engines the product plans for, with why a build without their profiler lacks them. */
    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("pytorch", "no pytorch profiler on this agent's class path");
        KNOWN.put("onnxruntime", "no onnxruntime profiler on this agent's class path");
        KNOWN.put("tensorrt", "no tensorrt profiler on this agent's class path");
    }

    private final List<ProfilerProvider> providers;

    private ProfilerRegistry(List<ProfilerProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** The providers listed in {@code META-INF/services} on the class path. */
    public static ProfilerRegistry load() {
        List<ProfilerProvider> found = new ArrayList<>();
        ServiceLoader.load(ProfilerProvider.class, ProfilerRegistry.class.getClassLoader())
                .forEach(found::add);
        return new ProfilerRegistry(found);
    }

    public Optional<ProfilerProvider> provider(String engine) {
        return providers.stream().filter(p -> p.engine().equals(engine)).findFirst();
    }

    /** Every engine, found or only known; each provider's own status for those found. */
    public List<EngineStatus> engines() {
        Map<String, EngineStatus> all = new LinkedHashMap<>();
        KNOWN.forEach((name, why) -> all.put(name, EngineStatus.unavailable(name, why)));
        providers.forEach(p -> all.put(p.engine(), p.status()));
        return List.copyOf(all.values());
    }

    /** Names of the engines found, for error messages. */
    public List<String> names() {
        return providers.stream().map(ProfilerProvider::engine).toList();
    }
}
