package io.jnas.model;

import ai.djl.engine.Engine;

/**
 * Sets up DJL before its engine starts: offline natives from the class path, no telemetry, and a
 * fixed thread count. Every entry point (CLI, agent, tests) calls {@link #configure(int)} first.
 */
public final class DjlRuntime {

    private static volatile Integer configuredThreads;

    private DjlRuntime() {
    }

    /**
     * Sets what every DJL use needs (offline, no telemetry) without fixing the thread count, so
     * a later {@link #configure(int)} (e.g. an agent started with --threads 2) still decides it.
     */
    public static void prepare() {
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("ai.djl.default_engine", "PyTorch");
    }

    /**
     * Configures DJL for this JVM; the first call wins (PyTorch reads its thread counts once).
     *
     * @param threads intra-op threads; inter-op threads are always 1
     * @return the thread count in force
     */
    public static synchronized int configure(int threads) {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be in [1, 256], but was " + threads);
        }
        // Without this DJL's telemetry contacts a cloud metadata address; never allowed here.
        prepare();
        if (configuredThreads == null) {
            String fixed = System.getProperty("ai.djl.pytorch.num_threads");
            configuredThreads = fixed != null ? Integer.parseInt(fixed) : threads;
            System.setProperty("ai.djl.pytorch.num_threads", configuredThreads.toString());
            System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        }
        return configuredThreads;
    }

    /** Configures with one thread if nothing was configured yet, then returns the engine. */
    public static Engine engine() {
        if (configuredThreads == null) {
            configure(1);
        }
        return Engine.getEngine("PyTorch");
    }

    /** Threads in force, or 0 before {@link #configure(int)}. */
    public static int threads() {
        Integer t = configuredThreads;
        return t == null ? 0 : t;
    }
}
